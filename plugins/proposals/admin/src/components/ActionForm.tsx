import * as React from 'react';
import { Alert, Box, Button, Field, Flex, Radio, Textarea, Typography } from '@strapi/design-system';
import { ANSWER_OUTCOMES, TEXT_LIMITS, type AnswerOutcome } from '../../../shared/contracts';
import { useTransition, type Refusal, type StaffAction, type StaffDetail } from '../api';
import { ACTION_TEXTS, outcomeName } from '../texts';

type TextField = 'reason' | 'note' | 'answer';

/** Which texts each step asks for; the server says whether they are required and long enough. */
const FIELDS: Readonly<Record<StaffAction, readonly TextField[]>> = {
  'start-screening': [],
  'open-for-support': [],
  'return-to-initiator': ['reason'],
  'decline-competence': ['reason'],
  'start-progress': ['note'],
  answer: ['answer'],
};

const FIELD_TEXTS: Readonly<Record<TextField, { label: string; hint: string; required: boolean }>> = {
  reason: {
    label: 'Openbare motivering',
    hint: `Verschijnt in de openbare tijdlijn en in de e-mail aan de indiener (${TEXT_LIMITS.reason.min}–${TEXT_LIMITS.reason.max} tekens).`,
    required: true,
  },
  note: {
    label: 'Openbare toelichting (niet verplicht)',
    hint: `Bijvoorbeeld welke dienst het voorstel opvolgt. Verschijnt in de openbare tijdlijn (hoogstens ${TEXT_LIMITS.note.max} tekens).`,
    required: false,
  },
  answer: {
    label: 'Officieel antwoord van de stad',
    hint: `Verschijnt op de pagina van het voorstel (${TEXT_LIMITS.answer.min}–${TEXT_LIMITS.answer.max} tekens).`,
    required: true,
  },
};

/**
 * One step the officer may take now, as its own form: the texts it needs, a button, and what the
 * server answered (its message, and per field what to fix, next to the field).
 */
export function ActionForm({
  documentId,
  action,
  onDone,
}: {
  documentId: string;
  action: StaffAction;
  onDone: (detail: StaffDetail, message: string) => void;
}) {
  const transition = useTransition(documentId);
  const [texts, setTexts] = React.useState<Record<TextField, string>>({ reason: '', note: '', answer: '' });
  const [outcome, setOutcome] = React.useState<AnswerOutcome | ''>('');
  const [refusal, setRefusal] = React.useState<Refusal | null>(null);
  const [busy, setBusy] = React.useState(false);
  const headingId = `proposals-action-${action}`;
  const outcomeLegendId = `${headingId}-outcome`;
  const text = ACTION_TEXTS[action];

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setRefusal(null);
    const request: Parameters<typeof transition>[0] = { action };
    for (const field of FIELDS[action]) {
      if (field !== 'note' || texts.note.trim() !== '') request[field] = texts[field];
    }
    if (action === 'answer' && outcome !== '') request.outcome = outcome;
    const result = await transition(request);
    setBusy(false);
    if (result.ok) onDone(result.data, text.done);
    else setRefusal(result.refusal);
  }

  const fieldError = (field: string) => refusal?.fields[field];

  return (
    <Box tag="section" aria-labelledby={headingId} padding={4} hasRadius borderColor="neutral200">
      <form onSubmit={submit} noValidate>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography tag="h3" variant="delta" id={headingId}>
            {text.title}
          </Typography>
          <Typography textColor="neutral600">{text.explanation}</Typography>
          {refusal ? (
            <Alert variant="danger" title="Niet gelukt" closeLabel="Sluiten" onClose={() => setRefusal(null)}>
              {Object.keys(refusal.fields).length > 0 ? 'Verbeter wat bij de velden hieronder staat.' : refusal.message}
            </Alert>
          ) : null}
          {action === 'answer' ? (
            <Box tag="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
              <Typography tag="legend" variant="pi" fontWeight="bold" id={outcomeLegendId}>
                Uitkomst *
              </Typography>
              <Radio.Group
                aria-labelledby={outcomeLegendId}
                aria-describedby={fieldError('outcome') ? `${outcomeLegendId}-error` : undefined}
                aria-required
                value={outcome}
                onValueChange={(value) => setOutcome(value as AnswerOutcome)}
              >
                {ANSWER_OUTCOMES.map((option) => (
                  <Radio.Item key={option} value={option}>
                    {outcomeName(option)}
                  </Radio.Item>
                ))}
              </Radio.Group>
              {fieldError('outcome') ? (
                <Typography tag="p" variant="pi" textColor="danger600" id={`${outcomeLegendId}-error`}>
                  {fieldError('outcome')}
                </Typography>
              ) : null}
            </Box>
          ) : null}
          {FIELDS[action].map((field) => (
            <Field.Root
              key={field}
              id={`${headingId}-${field}`}
              name={field}
              required={FIELD_TEXTS[field].required}
              hint={FIELD_TEXTS[field].hint}
              error={fieldError(field)}
            >
              <Field.Label>{FIELD_TEXTS[field].label}</Field.Label>
              <Textarea
                value={texts[field]}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) =>
                  setTexts((current) => ({ ...current, [field]: event.target.value }))
                }
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          ))}
          <Flex>
            <Button type="submit" loading={busy} variant={action === 'decline-competence' ? 'danger' : 'default'}>
              {text.button}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Box>
  );
}
