/**
 * The account pages' own words (log in, register, passwords, account, e-ID verification) in the
 * portal's three languages. Messages that the server also gives (password rule, verification
 * refusals, unlock steps) come from the verification plugin's contracts, not from here.
 */
import type { Locale } from '$lib/i18n';

const nl = {
  logIn: 'Aanmelden',
  logInIntro: 'Meld je aan om mee te praten, voorstellen te steunen en te stemmen.',
  register: 'Account maken',
  registerIntro:
    'Met een account kan je reageren en meedoen. Om voorstellen in te dienen en te stemmen bevestig je daarna wie je bent met je eID of itsme.',
  noAccountYet: 'Nog geen account?',
  haveAccount: 'Al een account?',
  email: 'E-mailadres',
  username: 'Gebruikersnaam',
  usernameHint: 'Deze naam zien anderen bij je reacties. Je echte naam is niet nodig.',
  password: 'Wachtwoord',
  newPassword: 'Nieuw wachtwoord',
  currentPassword: 'Huidig wachtwoord',
  passwordRule:
    'Kies een wachtwoord van minstens 10 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.',
  emailConfirmationExplained:
    'Na het aanmaken sturen we je een e-mail met een link. Klik op die link om je e-mailadres te bevestigen; daarna kan je je aanmelden.',
  identifier: 'E-mailadres of gebruikersnaam',
  forgotPassword: 'Wachtwoord vergeten?',
  errorSummary: 'Kijk dit na:',
  loginInvalid: 'Dit e-mailadres of wachtwoord klopt niet.',
  loginUnconfirmed:
    'Je e-mailadres is nog niet bevestigd. Klik op de link in de e-mail die we je stuurden, of vraag een nieuwe e-mail aan.',
  loginBlocked: 'Dit account is geblokkeerd. Neem contact op met de stad.',
  tooManyTries: 'Te veel pogingen na elkaar. Wacht {seconds} seconden en probeer opnieuw.',
  tooManyTriesLater: 'Te veel pogingen na elkaar. Wacht een paar minuten en probeer opnieuw.',
  serviceUnavailable: 'Aanmelden lukt nu even niet. Probeer het binnen enkele minuten opnieuw.',
  notConfigured: 'Aanmelden is op deze website nog niet ingesteld.',
  required: 'Vul dit in.',
  invalidEmail: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.',
  usernameInvalid: 'Kies een gebruikersnaam van 3 tot 40 tekens: letters, cijfers, punt, streepje of liggend streepje.',
  accountTaken:
    'Er bestaat al een account met dit e-mailadres of deze gebruikersnaam. Meld je aan of vraag een nieuw wachtwoord.',
  registeredTitle: 'Bevestig je e-mailadres',
  registeredText:
    'We stuurden een e-mail naar {email}. Klik op de link in die e-mail om je account te activeren. Niets gekregen? Kijk bij je ongewenste e-mail.',
  resendTitle: 'Bevestigingsmail opnieuw sturen',
  resendIntro: 'Vul het e-mailadres van je account in. We sturen je een nieuwe link om het te bevestigen.',
  resendButton: 'Stuur opnieuw',
  resendDone: 'Als er een onbevestigd account met dit e-mailadres bestaat, is er nu een nieuwe e-mail onderweg.',
  emailConfirmedTitle: 'Je e-mailadres is bevestigd',
  emailConfirmedText: 'Bedankt. Je kan je nu aanmelden.',
  forgotTitle: 'Wachtwoord vergeten',
  forgotIntro: 'Vul het e-mailadres van je account in. We sturen je een link om een nieuw wachtwoord te kiezen.',
  forgotButton: 'Stuur de link',
  forgotDone: 'Als er een account met dit e-mailadres bestaat, is er nu een e-mail met een link onderweg.',
  resetTitle: 'Kies een nieuw wachtwoord',
  resetButton: 'Bewaar het nieuwe wachtwoord',
  resetDone: 'Je wachtwoord is gewijzigd. Je kan je nu aanmelden.',
  resetCodeMissing: 'Deze link is onvolledig. Vraag een nieuwe link aan.',
  resetRefused: 'Deze link werkt niet meer. Vraag een nieuwe link aan.',
  changePasswordTitle: 'Wachtwoord wijzigen',
  changePasswordButton: 'Wijzig mijn wachtwoord',
  changePasswordDone: 'Je wachtwoord is gewijzigd.',
  currentPasswordWrong: 'Je huidige wachtwoord klopt niet.',
  accountTitle: 'Mijn account',
  profile: 'Profiel',
  emailConfirmed: 'bevestigd',
  emailNotConfirmed: 'nog niet bevestigd',
  verificationHeading: 'Verificatie met eID of itsme',
  verified: 'geverifieerd',
  notVerified: 'nog niet geverifieerd',
  verificationExpired: 'verlopen',
  verifiedExplained: 'Je bevestigde wie je bent op {date}. Je kan voorstellen indienen, steunen en stemmen.',
  verifyExplained:
    'Om voorstellen in te dienen, te steunen en te stemmen bevestig je één keer wie je bent. We bewaren je rijksregisternummer niet: alleen je geboortejaar en dat je geverifieerd bent.',
  verifyButton: 'Verifieer met e-ID',
  verifyRedirecting: 'Je gaat naar de aanmeldingsdienst…',
  verifyContinue: 'Ga verder naar de aanmeldingsdienst',
  verificationResultTitle: 'Verificatie',
  verificationSucceeded: 'Je account is geverifieerd. Je kan nu voorstellen indienen, steunen en stemmen.',
  backToAccount: 'Terug naar mijn account',
  notificationsHeading: 'Meldingen',
  notificationsSoon: 'Binnenkort kies je hier over welke projecten en voorstellen je e-mails krijgt.',
  activityHeading: 'Mijn activiteit',
  activitySoon:
    'Je reacties, voorstellen en stemmen komen hier zodra die onderdelen van het platform klaar zijn. Tot dan is er nog niets te tonen.',
  logOut: 'Afmelden',
  loggedOut: 'Je bent afgemeld.',
  myAccount: 'Mijn account',
  loginNeeded: 'Meld je aan om deze pagina te zien.',
};

type AccountTexts = Record<keyof typeof nl, string>;

const fr: AccountTexts = {
  logIn: 'Se connecter',
  logInIntro: 'Connectez-vous pour discuter, soutenir des propositions et voter.',
  register: 'Créer un compte',
  registerIntro:
    'Avec un compte, vous pouvez réagir et participer. Pour soumettre des propositions et voter, vous confirmez ensuite votre identité avec votre eID ou itsme.',
  noAccountYet: 'Pas encore de compte ?',
  haveAccount: 'Déjà un compte ?',
  email: 'Adresse e-mail',
  username: "Nom d'utilisateur",
  usernameHint: "Les autres voient ce nom à côté de vos réactions. Votre vrai nom n'est pas nécessaire.",
  password: 'Mot de passe',
  newPassword: 'Nouveau mot de passe',
  currentPassword: 'Mot de passe actuel',
  passwordRule:
    "Choisissez un mot de passe d'au moins 10 caractères. Une phrase de quelques mots est solide et facile à retenir.",
  emailConfirmationExplained:
    'Après la création, nous vous envoyons un e-mail avec un lien. Cliquez sur ce lien pour confirmer votre adresse ; vous pourrez ensuite vous connecter.',
  identifier: "Adresse e-mail ou nom d'utilisateur",
  forgotPassword: 'Mot de passe oublié ?',
  errorSummary: 'Vérifiez ceci :',
  loginInvalid: 'Cette adresse e-mail ou ce mot de passe est incorrect.',
  loginUnconfirmed:
    "Votre adresse e-mail n'est pas encore confirmée. Cliquez sur le lien de l'e-mail que nous vous avons envoyé, ou demandez un nouvel e-mail.",
  loginBlocked: 'Ce compte est bloqué. Contactez la ville.',
  tooManyTries: 'Trop de tentatives. Attendez {seconds} secondes et réessayez.',
  tooManyTriesLater: 'Trop de tentatives. Attendez quelques minutes et réessayez.',
  serviceUnavailable: 'La connexion est momentanément impossible. Réessayez dans quelques minutes.',
  notConfigured: "La connexion n'est pas encore configurée sur ce site.",
  required: 'Complétez ce champ.',
  invalidEmail: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.be.',
  usernameInvalid:
    "Choisissez un nom d'utilisateur de 3 à 40 caractères : lettres, chiffres, point, tiret ou tiret bas.",
  accountTaken:
    "Un compte existe déjà avec cette adresse e-mail ou ce nom d'utilisateur. Connectez-vous ou demandez un nouveau mot de passe.",
  registeredTitle: 'Confirmez votre adresse e-mail',
  registeredText:
    'Nous avons envoyé un e-mail à {email}. Cliquez sur le lien de cet e-mail pour activer votre compte. Rien reçu ? Regardez dans vos courriers indésirables.',
  resendTitle: "Renvoyer l'e-mail de confirmation",
  resendIntro: "Saisissez l'adresse e-mail de votre compte. Nous vous envoyons un nouveau lien de confirmation.",
  resendButton: 'Renvoyer',
  resendDone: 'Si un compte non confirmé existe avec cette adresse, un nouvel e-mail est en route.',
  emailConfirmedTitle: 'Votre adresse e-mail est confirmée',
  emailConfirmedText: 'Merci. Vous pouvez maintenant vous connecter.',
  forgotTitle: 'Mot de passe oublié',
  forgotIntro:
    "Saisissez l'adresse e-mail de votre compte. Nous vous envoyons un lien pour choisir un nouveau mot de passe.",
  forgotButton: 'Envoyer le lien',
  forgotDone: 'Si un compte existe avec cette adresse, un e-mail avec un lien est en route.',
  resetTitle: 'Choisissez un nouveau mot de passe',
  resetButton: 'Enregistrer le nouveau mot de passe',
  resetDone: 'Votre mot de passe a été modifié. Vous pouvez maintenant vous connecter.',
  resetCodeMissing: 'Ce lien est incomplet. Demandez un nouveau lien.',
  resetRefused: 'Ce lien ne fonctionne plus. Demandez un nouveau lien.',
  changePasswordTitle: 'Modifier le mot de passe',
  changePasswordButton: 'Modifier mon mot de passe',
  changePasswordDone: 'Votre mot de passe a été modifié.',
  currentPasswordWrong: 'Votre mot de passe actuel est incorrect.',
  accountTitle: 'Mon compte',
  profile: 'Profil',
  emailConfirmed: 'confirmée',
  emailNotConfirmed: 'pas encore confirmée',
  verificationHeading: 'Vérification par eID ou itsme',
  verified: 'vérifié',
  notVerified: 'pas encore vérifié',
  verificationExpired: 'expirée',
  verifiedExplained:
    'Vous avez confirmé votre identité le {date}. Vous pouvez soumettre et soutenir des propositions et voter.',
  verifyExplained:
    'Pour soumettre et soutenir des propositions et voter, vous confirmez une fois votre identité. Nous ne conservons pas votre numéro de registre national : seulement votre année de naissance et le fait que vous êtes vérifié.',
  verifyButton: "Vérifier avec l'eID",
  verifyRedirecting: "Vous êtes redirigé vers le service d'authentification…",
  verifyContinue: "Continuer vers le service d'authentification",
  verificationResultTitle: 'Vérification',
  verificationSucceeded:
    'Votre compte est vérifié. Vous pouvez maintenant soumettre et soutenir des propositions et voter.',
  backToAccount: 'Retour à mon compte',
  notificationsHeading: 'Notifications',
  notificationsSoon: 'Bientôt, vous choisirez ici les projets et propositions pour lesquels vous recevez des e-mails.',
  activityHeading: 'Mon activité',
  activitySoon:
    "Vos réactions, propositions et votes apparaîtront ici dès que ces parties de la plateforme seront prêtes. D'ici là, il n'y a rien à afficher.",
  logOut: 'Se déconnecter',
  loggedOut: 'Vous êtes déconnecté.',
  myAccount: 'Mon compte',
  loginNeeded: 'Connectez-vous pour voir cette page.',
};

const en: AccountTexts = {
  logIn: 'Log in',
  logInIntro: 'Log in to discuss, support proposals and vote.',
  register: 'Create an account',
  registerIntro:
    'With an account you can comment and take part. To submit proposals and vote, you then confirm who you are with your eID or itsme.',
  noAccountYet: 'No account yet?',
  haveAccount: 'Already have an account?',
  email: 'E-mail address',
  username: 'Username',
  usernameHint: 'Others see this name next to your comments. Your real name is not needed.',
  password: 'Password',
  newPassword: 'New password',
  currentPassword: 'Current password',
  passwordRule:
    'Choose a password of at least 10 characters. A sentence of a few words is strong and easy to remember.',
  emailConfirmationExplained:
    'After creating the account we send you an e-mail with a link. Click it to confirm your address; then you can log in.',
  identifier: 'E-mail address or username',
  forgotPassword: 'Forgot your password?',
  errorSummary: 'Please check:',
  loginInvalid: 'This e-mail address or password is not right.',
  loginUnconfirmed:
    'Your e-mail address is not confirmed yet. Click the link in the e-mail we sent you, or ask for a new e-mail.',
  loginBlocked: 'This account is blocked. Please contact the city.',
  tooManyTries: 'Too many tries in a row. Wait {seconds} seconds and try again.',
  tooManyTriesLater: 'Too many tries in a row. Wait a few minutes and try again.',
  serviceUnavailable: 'Logging in does not work right now. Please try again in a few minutes.',
  notConfigured: 'Logging in is not set up on this website yet.',
  required: 'Please fill this in.',
  invalidEmail: 'Enter a valid e-mail address, for example name@example.be.',
  usernameInvalid: 'Choose a username of 3 to 40 characters: letters, digits, dot, hyphen or underscore.',
  accountTaken: 'An account with this e-mail address or username already exists. Log in or ask for a new password.',
  registeredTitle: 'Confirm your e-mail address',
  registeredText:
    'We sent an e-mail to {email}. Click the link in it to activate your account. Nothing arrived? Check your spam folder.',
  resendTitle: 'Send the confirmation e-mail again',
  resendIntro: "Enter your account's e-mail address. We will send you a new confirmation link.",
  resendButton: 'Send again',
  resendDone: 'If an unconfirmed account with this address exists, a new e-mail is on its way.',
  emailConfirmedTitle: 'Your e-mail address is confirmed',
  emailConfirmedText: 'Thank you. You can log in now.',
  forgotTitle: 'Forgot your password',
  forgotIntro: "Enter your account's e-mail address. We will send you a link to choose a new password.",
  forgotButton: 'Send the link',
  forgotDone: 'If an account with this address exists, an e-mail with a link is on its way.',
  resetTitle: 'Choose a new password',
  resetButton: 'Save the new password',
  resetDone: 'Your password was changed. You can log in now.',
  resetCodeMissing: 'This link is incomplete. Ask for a new link.',
  resetRefused: 'This link no longer works. Ask for a new link.',
  changePasswordTitle: 'Change password',
  changePasswordButton: 'Change my password',
  changePasswordDone: 'Your password was changed.',
  currentPasswordWrong: 'Your current password is not right.',
  accountTitle: 'My account',
  profile: 'Profile',
  emailConfirmed: 'confirmed',
  emailNotConfirmed: 'not confirmed yet',
  verificationHeading: 'Verification with eID or itsme',
  verified: 'verified',
  notVerified: 'not verified yet',
  verificationExpired: 'expired',
  verifiedExplained: 'You confirmed who you are on {date}. You can submit and support proposals and vote.',
  verifyExplained:
    'To submit and support proposals and to vote, you confirm who you are once. We do not keep your national register number: only your birth year and that you are verified.',
  verifyButton: 'Verify with eID',
  verifyRedirecting: 'Taking you to the login service…',
  verifyContinue: 'Continue to the login service',
  verificationResultTitle: 'Verification',
  verificationSucceeded: 'Your account is verified. You can now submit and support proposals and vote.',
  backToAccount: 'Back to my account',
  notificationsHeading: 'Notifications',
  notificationsSoon: 'Soon you will choose here which projects and proposals you get e-mails about.',
  activityHeading: 'My activity',
  activitySoon:
    'Your comments, proposals and votes will appear here once those parts of the platform are ready. Until then there is nothing to show.',
  logOut: 'Log out',
  loggedOut: 'You are logged out.',
  myAccount: 'My account',
  loginNeeded: 'Log in to see this page.',
};

export type AccountTextKey = keyof typeof nl;
const catalogues: Record<Locale, AccountTexts> = { nl, fr, en };

export function accountTexts(locale: Locale) {
  const catalogue = catalogues[locale];
  return (key: AccountTextKey, params?: Record<string, string | number>): string =>
    params
      ? catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
      : catalogue[key];
}
