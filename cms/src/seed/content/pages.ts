/**
 * Static pages in Dutch, French and English. The slug is the same in every language, so a page
 * keeps its address when the visitor switches language.
 */
import type { PageFixture } from '../fixtures';

export const pages: PageFixture[] = [
  {
    slug: 'over-denkmee',
    title: 'Over Denkmee',
    summary:
      'Denkmee is het participatieplatform van de stad Lokeren: volg projecten, lees beslissingen en denk mee over je stad.',
    body: [
      '## Wat is Denkmee?',
      'Op Denkmee vind je alle projecten waarover de stad Lokeren inwoners informeert of raadpleegt: van de heraanleg van een straat tot de vernieuwing van het museum. Je leest er het nieuws over die projecten en de beslissingen van de gemeenteraad, het college en de andere bestuursorganen.',
      '## Wat kun je doen?',
      '- **Lezen**: iedereen kan alles lezen, zonder account.',
      '- **Reageren**: met een account reageer je op projecten en ideeën.',
      '- **Voorstellen en stemmen**: na verificatie met je e-ID of itsme dien je een burgervoorstel in en stem je. Zo telt elke stem maar één keer.',
      '## Burgervoorstellen',
      'Heb je een idee voor Lokeren dat binnen de bevoegdheid van de stad valt? Dien het in als burgervoorstel. Krijgt het binnen 90 dagen 100 steunbetuigingen, dan komt het automatisch op de agenda van de gemeenteraad.',
      '## Wie zit erachter?',
      'Denkmee wordt beheerd door de dienst Communicatie & Participatie van de stad Lokeren. Het platform is open-sourcesoftware: andere steden kunnen het vrij gebruiken.',
      '## Contact',
      'Vragen of suggesties? Mail naar denkmee@lokeren.example of bel 09 340 94 10.',
    ],
    translations: {
      fr: {
        title: 'À propos de Denkmee',
        summary:
          'Denkmee est la plateforme de participation de la ville de Lokeren : suivez les projets, lisez les décisions et participez.',
        body: [
          '## Qu’est-ce que Denkmee ?',
          'Sur Denkmee, vous trouvez tous les projets pour lesquels la ville de Lokeren informe ou consulte ses habitants, ainsi que les actualités et les décisions du conseil communal et du collège.',
          '## Que pouvez-vous faire ?',
          '- **Lire** : tout le monde peut tout lire, sans compte.',
          '- **Réagir** : avec un compte, vous réagissez aux projets et aux idées.',
          '- **Proposer et voter** : après vérification avec votre eID ou itsme, vous déposez une proposition citoyenne et vous votez. Chaque voix ne compte qu’une fois.',
          '## Contact',
          'Des questions ? Écrivez à denkmee@lokeren.example ou appelez le 09 340 94 10. Le service répond en néerlandais, la langue administrative de la ville.',
        ],
      },
      en: {
        title: 'About Denkmee',
        summary:
          'Denkmee is the participation platform of the city of Lokeren: follow projects, read decisions and have your say.',
        body: [
          '## What is Denkmee?',
          'Denkmee shows every project on which the city of Lokeren informs or consults its residents, with the related news and the decisions of the city council and the board of mayor and aldermen.',
          '## What can you do?',
          '- **Read**: everyone can read everything, without an account.',
          '- **Respond**: with an account you can comment on projects and ideas.',
          '- **Propose and vote**: after verifying your identity with your eID or itsme, you can submit a citizen proposal and vote. Every vote counts only once.',
          '## Contact',
          'Questions? Write to denkmee@lokeren.example or call 09 340 94 10. The service answers in Dutch, the city’s administrative language.',
        ],
      },
    },
  },
  {
    slug: 'privacy',
    title: 'Privacyverklaring',
    summary: 'Hoe de stad Lokeren omgaat met je persoonsgegevens op Denkmee, en welke rechten je hebt.',
    body: [
      '## Wie is verantwoordelijk?',
      'De stad Lokeren, Groentemarkt 1, 9160 Lokeren, is verwerkingsverantwoordelijke voor de persoonsgegevens op Denkmee. Je kunt de functionaris voor gegevensbescherming bereiken via privacy@lokeren.example.',
      '## Welke gegevens verwerken we?',
      '- Zonder account: geen persoonsgegevens, behalve technische logbestanden die na 30 dagen worden gewist.',
      '- Met een account: je e-mailadres, je schermnaam en je bijdragen (reacties, ideeën).',
      '- Na verificatie met e-ID of itsme: een uniek, versleuteld kenmerk om dubbele stemmen te voorkomen, je leeftijdscategorie en je deelgemeente. Je rijksregisternummer bewaren we niet.',
      '- Vrijwillig: je opleidingsniveau, om te zien welke groepen we nog niet bereiken. Je kunt dit altijd weglaten.',
      '## Waarvoor?',
      'We gebruiken je gegevens alleen om je te laten deelnemen, om stemmen eerlijk te tellen, om je op de hoogte te houden van projecten die je volgt en om anonieme statistieken te maken over het bereik van het platform. De rechtsgrond is het algemeen belang (artikel 6.1.e AVG) en, voor meldingen per e-mail, je toestemming.',
      '## Hoelang?',
      'We bewaren je gegevens zolang je account bestaat. Verwijder je je account, dan worden je bijdragen geanonimiseerd en je gegevens gewist, behalve het versleutelde kenmerk dat nodig is om dubbele stemmen te blijven voorkomen.',
      '## Je rechten',
      'Je kunt je gegevens inkijken, downloaden, verbeteren en laten wissen via je profiel of via privacy@lokeren.example. Ben je het niet eens met hoe we je gegevens verwerken, dan kun je klacht indienen bij de Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens.',
      '## Cookies',
      'Denkmee gebruikt alleen functionele cookies die nodig zijn om aangemeld te blijven. Er zijn geen tracking- of advertentiecookies.',
    ],
    translations: {
      fr: {
        title: 'Déclaration de confidentialité',
        summary: 'Comment la ville de Lokeren traite vos données personnelles sur Denkmee, et quels sont vos droits.',
        body: [
          '## Qui est responsable ?',
          'La ville de Lokeren, Groentemarkt 1, 9160 Lokeren, est responsable du traitement des données personnelles sur Denkmee. Le délégué à la protection des données est joignable à privacy@lokeren.example.',
          '## Quelles données ?',
          '- Sans compte : aucune donnée personnelle, sauf des journaux techniques effacés après 30 jours.',
          '- Avec un compte : votre adresse e-mail, votre pseudonyme et vos contributions.',
          '- Après vérification par eID ou itsme : un identifiant unique chiffré pour éviter les doubles votes, votre tranche d’âge et votre section de commune. Nous ne conservons pas votre numéro de registre national.',
          '## Vos droits',
          'Vous pouvez consulter, télécharger, corriger et faire effacer vos données via votre profil. Vous pouvez introduire une plainte auprès de la Vlaamse Toezichtcommissie.',
          '## Cookies',
          'Denkmee n’utilise que des cookies fonctionnels. Il n’y a pas de cookies de suivi ni de publicité.',
        ],
      },
      en: {
        title: 'Privacy statement',
        summary: 'How the city of Lokeren handles your personal data on Denkmee, and what your rights are.',
        body: [
          '## Who is responsible?',
          'The city of Lokeren, Groentemarkt 1, 9160 Lokeren, is the controller of the personal data on Denkmee. You can reach the data protection officer at privacy@lokeren.example.',
          '## Which data?',
          '- Without an account: no personal data, except technical logs that are deleted after 30 days.',
          '- With an account: your e-mail address, your display name and your contributions.',
          '- After verification with eID or itsme: a unique encrypted identifier to prevent double votes, your age group and your district. We do not keep your national register number.',
          '## Your rights',
          'You can view, download, correct and erase your data through your profile. You can lodge a complaint with the Flemish Supervisory Commission (Vlaamse Toezichtcommissie).',
          '## Cookies',
          'Denkmee only uses functional cookies. There are no tracking or advertising cookies.',
        ],
      },
    },
  },
  {
    slug: 'toegankelijkheid',
    title: 'Toegankelijkheidsverklaring',
    summary:
      'De stad Lokeren wil dat iedereen Denkmee kan gebruiken. Hier lees je in welke mate het platform toegankelijk is en hoe je een probleem meldt.',
    body: [
      'De stad Lokeren streeft ernaar Denkmee toegankelijk te maken, overeenkomstig het decreet van 7 december 2018 betreffende de toegankelijkheid van websites en mobiele applicaties van overheidsinstanties, dat de Europese richtlijn (EU) 2016/2102 omzet.',
      'Deze toegankelijkheidsverklaring is van toepassing op de website denkmee.lokeren.be.',
      '## Nalevingsstatus',
      'Deze website is **gedeeltelijk conform** met de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA, zoals opgenomen in de Europese norm EN 301 549 v3.2.1, vanwege de hieronder vermelde niet-conformiteiten.',
      '## Niet-toegankelijke inhoud',
      '- Sommige pdf-documenten bij oudere beslissingen zijn gescande documenten zonder tekstlaag. Ze zijn niet leesbaar met een schermlezer (WCAG 1.1.1). Op vraag bezorgen we de tekst in een toegankelijk formaat.',
      '- Kaarten bij projecten hebben geen volledig tekstueel alternatief voor alle getoonde details (WCAG 1.1.1). De locatie staat steeds ook in tekst bij het project.',
      '- Video’s van vóór 2023 hebben geen ondertiteling (WCAG 1.2.2).',
      '## Opstelling van deze verklaring',
      'Deze verklaring werd opgesteld op basis van een zelfevaluatie door de stad, met automatische controles (axe) bij elke nieuwe versie en een handmatige controle met toetsenbord en schermlezer (NVDA en VoiceOver). De verklaring wordt minstens jaarlijks herzien.',
      '## Feedback en contactgegevens',
      'Ervaar je een toegankelijkheidsprobleem of heb je een document in een toegankelijke vorm nodig? Meld het via toegankelijkheid@lokeren.example of bel 09 340 94 10. We antwoorden binnen 10 werkdagen.',
      '## Handhavingsprocedure',
      'Ben je niet tevreden met ons antwoord, dan kun je een klacht indienen bij de Vlaamse Ombudsdienst, Leuvenseweg 86, 1000 Brussel, klachten@vlaamseombudsdienst.be, telefoon 1700.',
    ],
    translations: {
      fr: {
        title: 'Déclaration d’accessibilité',
        summary:
          'La ville de Lokeren veut que chacun puisse utiliser Denkmee. Voici dans quelle mesure la plateforme est accessible et comment signaler un problème.',
        body: [
          'La ville de Lokeren s’engage à rendre Denkmee accessible, conformément au décret flamand du 7 décembre 2018 transposant la directive (UE) 2016/2102.',
          '## État de conformité',
          'Ce site est **partiellement conforme** aux règles WCAG 2.1 niveau AA, telles que reprises dans la norme européenne EN 301 549 v3.2.1, en raison des non-conformités mentionnées ci-dessous.',
          '## Contenu non accessible',
          '- Certains documents PDF anciens sont des scans sans couche de texte (WCAG 1.1.1).',
          '- Les cartes des projets n’ont pas d’équivalent textuel complet (WCAG 1.1.1) ; l’emplacement est toujours indiqué en texte.',
          '- Les vidéos antérieures à 2023 ne sont pas sous-titrées (WCAG 1.2.2).',
          '## Retour d’information et coordonnées',
          'Signalez un problème à toegankelijkheid@lokeren.example ou au 09 340 94 10. Nous répondons dans les 10 jours ouvrables.',
          '## Procédure de mise en œuvre',
          'Si notre réponse ne vous satisfait pas, vous pouvez porter plainte auprès du Vlaamse Ombudsdienst, Leuvenseweg 86, 1000 Bruxelles, téléphone 1700.',
        ],
      },
      en: {
        title: 'Accessibility statement',
        summary:
          'The city of Lokeren wants everyone to be able to use Denkmee. Here you can read how accessible the platform is and how to report a problem.',
        body: [
          'The city of Lokeren is committed to making Denkmee accessible, in accordance with the Flemish decree of 7 December 2018 transposing Directive (EU) 2016/2102.',
          '## Compliance status',
          'This website is **partially compliant** with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA, as included in the European standard EN 301 549 v3.2.1, due to the non-compliances listed below.',
          '## Non-accessible content',
          '- Some older PDF documents are scans without a text layer (WCAG 1.1.1). On request we provide the text in an accessible format.',
          '- Project maps have no complete text alternative (WCAG 1.1.1); the location is always given in text as well.',
          '- Videos from before 2023 have no captions (WCAG 1.2.2).',
          '## Feedback and contact details',
          'Report a problem to toegankelijkheid@lokeren.example or call 09 340 94 10. We reply within 10 working days.',
          '## Enforcement procedure',
          'If you are not satisfied with our reply, you can lodge a complaint with the Flemish Ombudsman (Vlaamse Ombudsdienst), Leuvenseweg 86, 1000 Brussels, telephone 1700.',
        ],
      },
    },
  },
];
