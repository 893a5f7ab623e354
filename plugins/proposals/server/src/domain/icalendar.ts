/**
 * The council meetings as an iCalendar feed (RFC 5545), so residents and the press can subscribe
 * in their own calendar. Times are written in UTC; text is escaped and long lines folded at 75
 * octets as the standard asks; lines end in CRLF.
 */

export interface CalendarMeeting {
  readonly uid: string;
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date | null;
  readonly location: string | null;
  /** Plain text: the public agenda. */
  readonly description: string;
  readonly url: string;
  readonly updatedAt: Date;
}

/** A meeting without an end time is shown as three hours long. */
const DEFAULT_DURATION_MS = 3 * 3_600_000;

export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line into pieces of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

export function councilCalendar(options: {
  name: string;
  productId: string;
  meetings: readonly CalendarMeeting[];
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const meeting of options.meetings) {
    const endsAt = meeting.endsAt ?? new Date(meeting.startsAt.getTime() + DEFAULT_DURATION_MS);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${meeting.uid}`,
      `DTSTAMP:${utcStamp(meeting.updatedAt)}`,
      `DTSTART:${utcStamp(meeting.startsAt)}`,
      `DTEND:${utcStamp(endsAt)}`,
      `SUMMARY:${escapeText(meeting.title)}`,
      ...(meeting.location ? [`LOCATION:${escapeText(meeting.location)}`] : []),
      `DESCRIPTION:${escapeText(meeting.description)}`,
      `URL:${meeting.url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
