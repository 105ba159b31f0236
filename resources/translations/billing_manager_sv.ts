<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Accounts</name>
    <message>
        <source>The key is a {key_mode}-mode key but the account is set up for {account_mode} mode.</source>
        <translation>Nyckeln är en nyckel för {key_mode}-läge, men kontot är konfigurerat för {account_mode}-läge.</translation>
    </message>
    <message>
        <source>An account named &apos;{name}&apos; exists already. Choose another name, or replace its key (billing-manager profiles add NAME --replace).</source>
        <translation>Det finns redan ett konto med namnet &apos;{name}&apos;. Välj ett annat namn, eller byt dess nyckel (billing-manager profiles add NAME --replace).</translation>
    </message>
    <message>
        <source>The key stored for &apos;{name}&apos; is a {mode}-mode key, but &apos;{name}&apos; is a {wanted}-mode account. Replace it with a {wanted}-mode key (Replace key in the window, or billing-manager profiles add &apos;{name}&apos; --replace).</source>
        <translation>Nyckeln som sparats för &apos;{name}&apos; är en {mode}-nyckel, men &apos;{name}&apos; är ett {wanted}-konto. Ersätt den med en {wanted}-nyckel (Ersätt nyckel i fönstret, eller billing-manager profiles add &apos;{name}&apos; --replace).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a {account_mode}-mode account; the new key is for {key_mode} mode. Add it as a separate account instead.</source>
        <translation>&apos;{name}&apos; är ett konto i {account_mode}-läge; den nya nyckeln är för {key_mode}-läge. Lägg till den som ett separat konto i stället.</translation>
    </message>
    <message>
        <source>The new key belongs to account {new_id}, but &apos;{name}&apos; is account {old_id}. Add it as a separate account, so the two accounts&apos; data never mix.</source>
        <translation>Den nya nyckeln hör till kontot {new_id}, men &apos;{name}&apos; är kontot {old_id}. Lägg till den som ett separat konto, så att de två kontonas data aldrig blandas.</translation>
    </message>
    <message>
        <source>Give the account a name, for example &apos;Acme Ltd (live)&apos;.</source>
        <translation>Ge kontot ett namn, till exempel &apos;Acme AB (live)&apos;.</translation>
    </message>
    <message>
        <source>The account name is too long: use at most {count} characters.</source>
        <translation>Kontonamnet är för långt: använd högst {count} tecken.</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and . - _ ( ) &amp; + @ &apos; in the account name, starting with a letter or digit.</source>
        <translation>Använd bokstäver, siffror, mellanslag och . - _ ( ) &amp; + @ &apos; i kontonamnet, och börja med en bokstav eller siffra.</translation>
    </message>
    <message>
        <source>The account list {file} holds a request budget the app cannot use, for {name}: {problem} Correct budget_rps there, or remove it for the default.</source>
        <translation>Kontolistan {file} innehåller en förfrågningsbudget som appen inte kan använda, för {name}: {problem} Rätta budget_rps där, eller ta bort den för standardvärdet.</translation>
    </message>
    <message>
        <source>An account named &apos;{name}&apos; exists already.</source>
        <translation>Det finns redan ett konto med namnet &apos;{name}&apos;.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>{customer}&apos;s subscription is already canceled.</source>
        <translation>Abonnemanget för {customer} är redan avslutat.</translation>
    </message>
    <message>
        <source>{customer}&apos;s subscription is already set to end at the end of the period. Use Manage subscription to renew it instead.</source>
        <translation>Abonnemanget för {customer} avslutas redan vid periodens slut. Använd Hantera abonnemang för att förnya det i stället.</translation>
    </message>
    <message>
        <source>{customer}&apos;s subscription has ended; its plan cannot be changed.</source>
        <translation>Abonnemanget för {customer} har upphört; planen kan inte ändras.</translation>
    </message>
    <message>
        <source>{customer}&apos;s subscription has ended: {reason}.</source>
        <translation>Abonnemanget för {customer} har upphört: {reason}.</translation>
    </message>
    <message>
        <source>there is nothing to pause</source>
        <translation>det finns inget att pausa</translation>
    </message>
    <message>
        <source>The resume date must be in the future.</source>
        <translation>Datumet för återupptagning måste ligga i framtiden.</translation>
    </message>
    <message>
        <source>there is nothing to resume</source>
        <translation>det finns inget att återuppta</translation>
    </message>
    <message>
        <source>it cannot be canceled again</source>
        <translation>det kan inte sägas upp igen</translation>
    </message>
    <message>
        <source>a canceled subscription cannot be renewed; create a new one</source>
        <translation>ett avslutat abonnemang kan inte förnyas; skapa ett nytt</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>Update payment method…</source>
        <translation>Uppdatera betalningsmetod…</translation>
    </message>
    <message>
        <source>Cancel subscription in the portal…</source>
        <translation>Säg upp abonnemanget i portalen…</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Byt plan…</translation>
    </message>
    <message>
        <source>Pause collection…</source>
        <translation>Pausa debitering…</translation>
    </message>
    <message>
        <source>Resume collection…</source>
        <translation>Återuppta debitering…</translation>
    </message>
    <message>
        <source>Cancel at period end…</source>
        <translation>Säg upp vid periodens slut…</translation>
    </message>
    <message>
        <source>Renew subscription…</source>
        <translation>Förnya abonnemang…</translation>
    </message>
    <message>
        <source>Subscription in Stripe Dashboard</source>
        <translation>Abonnemanget i Stripe Dashboard</translation>
    </message>
    <message>
        <source>Customer in Stripe Dashboard</source>
        <translation>Kunden i Stripe Dashboard</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Granskningslogg…</translation>
    </message>
    <message>
        <source>Portal configurations…</source>
        <translation>Portalkonfigurationer…</translation>
    </message>
    <message>
        <source>Manage subscription (renew it there)…</source>
        <translation>Hantera abonnemang (förnya där)…</translation>
    </message>
    <message>
        <source>Manage subscription…</source>
        <translation>Hantera abonnemang…</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Portal link created</source>
        <translation>Portallänk skapad</translation>
    </message>
    <message>
        <source>Collection paused</source>
        <translation>Debitering pausad</translation>
    </message>
    <message>
        <source>Collection resumed</source>
        <translation>Debitering återupptagen</translation>
    </message>
    <message>
        <source>Cancel at period end</source>
        <translation>Uppsägning vid periodens slut</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Förnyad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnemang</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Misslyckades: %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Every change made from this app: portal links created, collection paused and resumed, cancellations and renewals. Kept in %1 (no keys, no links).</source>
        <translation>Varje ändring som gjorts från appen: skapade portallänkar, pausad och återupptagen debitering, uppsägningar och förnyelser. Sparas i %1 (inga nycklar, inga länkar).</translation>
    </message>
    <message>
        <source>Only this account</source>
        <translation>Endast detta konto</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>No actions recorded yet.</source>
        <translation>Inga åtgärder har registrerats än.</translation>
    </message>
</context>
<context>
    <name>BillingPeriod</name>
    <message>
        <source>Daily</source>
        <translation>Dagligen</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Veckovis</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månadsvis</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Årsvis</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Var %n:e dag</numerusform>
            <numerusform>Var %n:e dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Var %n:e vecka</numerusform>
            <numerusform>Var %n:e vecka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Var %n:e månad</numerusform>
            <numerusform>Var %n:e månad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>Vart %n:e år</numerusform>
            <numerusform>Vart %n:e år</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>The request budget must be a number of requests per second from {low} to {high}, not {value}.</source>
        <translation>Förfrågningsbudgeten måste vara ett antal förfrågningar per sekund från {low} till {high}, inte {value}.</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>The local cache {path} could not be created ({reason}). Check that its folder is writable and the disk is not full, then try again.</source>
        <translation>Den lokala cachen {path} kunde inte skapas ({reason}). Kontrollera att mappen är skrivbar och att disken inte är full, och försök igen.</translation>
    </message>
    <message>
        <source>The local cache {path} could not be opened ({reason}). Check that its folder is writable and the disk is not full, then try again.</source>
        <translation>Den lokala cachen {path} kunde inte öppnas ({reason}). Kontrollera att mappen är skrivbar och att disken inte är full, och försök igen.</translation>
    </message>
    <message>
        <source>The local cache could not be read because {reason}. It was moved aside to {file} and will be rebuilt from Stripe by the next sync; nothing in your Stripe account is affected.</source>
        <translation>Den lokala cachen kunde inte läsas ({reason}). Den flyttades undan till {file} och byggs upp på nytt från Stripe vid nästa synkronisering; inget i ditt Stripe-konto påverkas.</translation>
    </message>
</context>
<context>
    <name>ConfigurationsDialog</name>
    <message>
        <source>Customer portal configurations</source>
        <translation>Kundportalens konfigurationer</translation>
    </message>
    <message>
        <source>Loading the account&apos;s portal configurations…</source>
        <translation>Hämtar kontots portalkonfigurationer…</translation>
    </message>
    <message>
        <source>Login link (safe to e-mail a customer):</source>
        <translation>Inloggningslänk (säker att mejla till en kund):</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Use for this account</source>
        <translation>Använd för detta konto</translation>
    </message>
    <message>
        <source>Use the account&apos;s default</source>
        <translation>Använd kontots standard</translation>
    </message>
    <message>
        <source>Open the portal with this one</source>
        <translation>Öppna portalen med denna</translation>
    </message>
    <message>
        <source>For the selected subscription, this time only (the default stays).</source>
        <translation>För det valda abonnemanget, endast denna gång (standarden behålls).</translation>
    </message>
    <message>
        <source>The portal configurations could not be read.</source>
        <translation>Portalkonfigurationerna kunde inte läsas.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>This account has no portal configuration yet. Set up the customer portal in the Stripe Dashboard (Settings → Billing → Customer portal).</source>
        <translation>Kontot har ingen portalkonfiguration än. Konfigurera kundportalen i Stripe Dashboard (Inställningar → Billing → Kundportal).</translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation>kontots standard</translation>
    </message>
    <message>
        <source>This app uses: %1</source>
        <translation>Appen använder: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>This configuration&apos;s login link is not a plain https:// web address, so it is not offered for copying. Check the login link in the Stripe Dashboard (Customer portal → Login link).</source>
        <translation>Den här konfigurationens inloggningslänk är ingen vanlig https://-webbadress och erbjuds därför inte för kopiering. Kontrollera inloggningslänken i Stripe Dashboard (Kundportal → Inloggningslänk).</translation>
    </message>
    <message>
        <source>Customers open this link and sign in with their e-mail address; it does not expire and gives no access without that e-mail.</source>
        <translation>Kunder öppnar länken och loggar in med sin e-postadress; den går inte ut och ger ingen åtkomst utan den e-postadressen.</translation>
    </message>
    <message>
        <source>This configuration has no login link. Turn it on in the Stripe Dashboard (Customer portal → Login link) to e-mail customers a link.</source>
        <translation>Den här konfigurationen har ingen inloggningslänk. Aktivera den i Stripe Dashboard (Kundportal → Inloggningslänk) för att mejla kunder en länk.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPanel</name>
    <message>
        <source>LIVE ACCOUNT</source>
        <translation>LIVEKONTO</translation>
    </message>
    <message>
        <source>Type “%1” to confirm</source>
        <translation>Skriv ”%1” för att bekräfta</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>This is a LIVE account: the change applies at once to a real customer and real money.</source>
        <translation>Detta är ett LIVE-konto: ändringen gäller direkt för en riktig kund och riktiga pengar.</translation>
    </message>
    <message>
        <source>{customer}’s subscription {plan} ({id})</source>
        <translation>abonnemanget {plan} för {customer} ({id})</translation>
    </message>
    <message>
        <source>{customer}’s subscription ({id})</source>
        <translation>abonnemanget för {customer} ({id})</translation>
    </message>
    <message>
        <source>Collection resumes automatically on {date}.</source>
        <translation>Debiteringen återupptas automatiskt den {date}.</translation>
    </message>
    <message>
        <source>Collection stays paused until you resume it.</source>
        <translation>Debiteringen förblir pausad tills du återupptar den.</translation>
    </message>
    <message>
        <source>Pause payment collection</source>
        <translation>Pausa debitering</translation>
    </message>
    <message>
        <source>Payment collection for {subject} will be paused: {behavior}.</source>
        <translation>Debiteringen för {subject} pausas: {behavior}.</translation>
    </message>
    <message>
        <source>The subscription itself stays active.</source>
        <translation>Själva abonnemanget förblir aktivt.</translation>
    </message>
    <message>
        <source>Pause collection</source>
        <translation>Pausa debitering</translation>
    </message>
    <message>
        <source>Resume payment collection</source>
        <translation>Återuppta debitering</translation>
    </message>
    <message>
        <source>Payment collection for {subject} will resume: the next invoices are charged as usual. Invoices created while paused keep the state they are in.</source>
        <translation>Debiteringen för {subject} återupptas: kommande fakturor debiteras som vanligt. Fakturor som skapades under pausen behåller sin nuvarande status.</translation>
    </message>
    <message>
        <source>Resume collection</source>
        <translation>Återuppta debitering</translation>
    </message>
    <message>
        <source>Cancel at period end</source>
        <translation>Säg upp vid periodens slut</translation>
    </message>
    <message>
        <source>{subject} will end on {date}.</source>
        <translation>Uppsägningen gäller {subject}, som avslutas den {date}.</translation>
    </message>
    <message>
        <source>{subject} will end at the end of the current period.</source>
        <translation>Uppsägningen gäller {subject}, som avslutas när den aktuella perioden slutar.</translation>
    </message>
    <message>
        <source>The customer keeps the service until then and is not charged again. You can renew it before that date.</source>
        <translation>Kunden behåller tjänsten till dess och debiteras inte igen. Du kan förnya abonnemanget före det datumet.</translation>
    </message>
    <message>
        <source>Renew subscription</source>
        <translation>Förnya abonnemang</translation>
    </message>
    <message>
        <source>The scheduled cancellation of {subject} will be undone: it renews on {date} and the customer is charged as usual.</source>
        <translation>Den planerade uppsägningen av {subject} ångras: det förnyas den {date} och kunden debiteras som vanligt.</translation>
    </message>
    <message>
        <source>The scheduled cancellation of {subject} will be undone: it renews and the customer is charged as usual.</source>
        <translation>Den planerade uppsägningen av {subject} ångras: det förnyas och kunden debiteras som vanligt.</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Förnya</translation>
    </message>
    <message>
        <source>Type “{phrase}” to confirm.</source>
        <translation>Skriv ”{phrase}” för att bekräfta.</translation>
    </message>
    <message>
        <source>LIVE: {title}</source>
        <translation>LIVE: {title}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Replace API key</source>
        <translation>Byt API-nyckel</translation>
    </message>
    <message>
        <source>Connect a Stripe account</source>
        <translation>Anslut ett Stripe-konto</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <source>e.g. Acme Ltd</source>
        <translation>t.ex. Acme AB</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;namn:</translation>
    </message>
    <message>
        <source>Stripe API key</source>
        <translation>Stripes API-nyckel</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Visa API-nyckeln</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;nyckel:</translation>
    </message>
    <message>
        <source>API base (optional)</source>
        <translation>API-basadress (valfri)</translation>
    </message>
    <message>
        <source>API &amp;base:</source>
        <translation>API-&amp;basadress:</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Kontrollresultat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation>&amp;Kontrollera nyckel</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>Kontrollera nyckel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Spara konto</translation>
    </message>
    <message>
        <source>Paste an API key from the Stripe Dashboard (Developers &gt; API keys). Restricted keys (rk_…) can do only what you allow them: they are recommended. Secret keys (sk_…) have full access to the account. Live keys (…_live_…) see real customers and money; test keys (…_test_…) see test data only.</source>
        <translation>Klistra in en API-nyckel från Stripe Dashboard (Utvecklare &gt; API-nycklar). Begränsade nycklar (rk_…) kan bara göra det du tillåter: de rekommenderas. Hemliga nycklar (sk_…) har full åtkomst till kontot. Livenycklar (…_live_…) ser riktiga kunder och pengar; testnycklar (…_test_…) ser bara testdata.</translation>
    </message>
    <message>
        <source>Give a restricted key these permissions:</source>
        <translation>Ge en begränsad nyckel dessa behörigheter:</translation>
    </message>
    <message>
        <source>The key is kept in your system&apos;s keyring, never in a file. It is checked before it is saved.</source>
        <translation>Nyckeln förvaras i systemets nyckelring, aldrig i en fil. Den kontrolleras innan den sparas.</translation>
    </message>
    <message>
        <source>Checking the key with Stripe…</source>
        <translation>Kontrollerar nyckeln hos Stripe…</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Nyckel: %1</translation>
    </message>
    <message>
        <source>LIVE mode: real customers and real money.</source>
        <translation>LIVE-läge: riktiga kunder och riktiga pengar.</translation>
    </message>
    <message>
        <source>Works: %1</source>
        <translation>Fungerar: %1</translation>
    </message>
    <message>
        <source>Not available: %1 (needs %2)</source>
        <translation>Inte tillgängligt: %1 (kräver %2)</translation>
    </message>
    <message>
        <source>Saving the key in the keyring…</source>
        <translation>Sparar nyckeln i nyckelringen…</translation>
    </message>
    <message>
        <source>Saved. The key is in your system&apos;s keyring.</source>
        <translation>Sparat. Nyckeln finns i systemets nyckelring.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Customer details</source>
        <extracomment>A subscription in &quot;other subscriptions&quot; was activated: select it. An invoice URL was opened (hosted page or PDF); tests and the status bar listen.</extracomment>
        <translation>Kunduppgifter</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Faktureringsuppgifter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Tax IDs</source>
        <translation>Skatte-ID</translation>
    </message>
    <message>
        <source>Default payment method</source>
        <translation>Standardbetalningsmetod</translation>
    </message>
    <message>
        <source>Other subscriptions of this customer</source>
        <translation>Kundens övriga abonnemang</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invoices and payments</source>
        <translation>Fakturor och betalningar</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Open invoice page</source>
        <translation>Öppna fakturasidan</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Öppna PDF</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>Loading invoices…</source>
        <translation>Hämtar fakturor…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n faktura</numerusform>
            <numerusform>%n fakturor</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Inga fakturor än.</translation>
    </message>
    <message>
        <source>Could not load invoices: %1</source>
        <translation>Fakturorna kunde inte hämtas: %1</translation>
    </message>
    <message>
        <source>Opened in your browser: %1</source>
        <translation>Öppnad i webbläsaren: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error message</source>
        <translation>Felmeddelande</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The API key was rejected: it may have been revoked or rolled. Replace it in the window (Connect account, same name) or with `billing-manager profiles add NAME --replace`; for scripts, set STRIPE_API_KEY to a current key.</source>
        <translation>API-nyckeln avvisades: den kan ha återkallats eller roterats. Byt den i fönstret (Anslut konto, samma namn) eller med `billing-manager profiles add NAME --replace`; för skript, sätt STRIPE_API_KEY till en giltig nyckel.</translation>
    </message>
    <message>
        <source>The restricted API key lacks the permission &apos;{permission}&apos; ({label}). Add it to the key in the Stripe Dashboard (Developers &gt; API keys), or use a key that has it.</source>
        <translation>Den begränsade API-nyckeln saknar behörigheten &apos;{permission}&apos; ({label}). Lägg till den på nyckeln i Stripe Dashboard (Utvecklare &gt; API-nycklar), eller använd en nyckel som har den.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this. Give the restricted key the needed permission in the Stripe Dashboard (Developers &gt; API keys).</source>
        <translation>API-nyckeln får inte göra detta. Ge den begränsade nyckeln den behörighet som krävs i Stripe Dashboard (Utvecklare &gt; API-nycklar).</translation>
    </message>
    <message>
        <source>{where} kept answering &apos;too many requests&apos; after several retries. Wait a minute and try again, or lower this account&apos;s request budget.</source>
        <translation>{where} svarade fortfarande &apos;för många förfrågningar&apos; efter flera försök. Vänta en minut och försök igen, eller sänk kontots förfrågningsbudget.</translation>
    </message>
    <message>
        <source>Could not reach {where} (no connection, or it timed out). Check the network connection and try again; the last synced data is still shown.</source>
        <translation>Det gick inte att nå {where} (ingen anslutning, eller tidsgränsen överskreds). Kontrollera nätverksanslutningen och försök igen; senast synkroniserade data visas fortfarande.</translation>
    </message>
    <message>
        <source>Not found on {where}: {message}</source>
        <translation>Hittades inte hos {where}: {message}</translation>
    </message>
    <message>
        <source>{where} refused the request: {message}</source>
        <translation>{where} avvisade förfrågan: {message}</translation>
    </message>
    <message>
        <source>{where} answered with an error or an unreadable response (HTTP {status}). This is usually temporary: try again in a few minutes.</source>
        <translation>{where} svarade med ett fel eller ett oläsbart svar (HTTP {status}). Det är oftast tillfälligt: försök igen om några minuter.</translation>
    </message>
    <message>
        <source>{where} answered with an error or an unreadable response. This is usually temporary: try again in a few minutes.</source>
        <translation>{where} svarade med ett fel eller ett oläsbart svar. Det är oftast tillfälligt: försök igen om några minuter.</translation>
    </message>
    <message>
        <source>{where} answered unexpectedly ({error}). Try again in a few minutes.</source>
        <translation>{where} svarade oväntat ({error}). Försök igen om några minuter.</translation>
    </message>
    <message>
        <source>Could not connect securely to {where}: the server&apos;s certificate is not trusted: {reason}. Nothing was sent. If your company inspects secure connections, its certificate authority must be installed in this computer&apos;s trust store (ask your IT department); otherwise someone may be intercepting the connection.</source>
        <translation>Det gick inte att ansluta säkert till {where}: serverns certifikat är inte betrott: {reason}. Ingenting skickades. Om ditt företag granskar säkra anslutningar måste dess certifikatutfärdare vara installerad i den här datorns certifikatarkiv (fråga din IT-avdelning); annars kan någon avlyssna anslutningen.</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to {where} ({detail}). Nothing was sent. Check the API base address and the network (a proxy may be in the way), then try again.</source>
        <translation>Det gick inte att upprätta en säker anslutning till {where} ({detail}). Ingenting skickades. Kontrollera API-basadressen och nätverket (en proxy kan stå i vägen) och försök sedan igen.</translation>
    </message>
    <message>
        <source>The request to {where} timed out: no complete answer within {seconds} seconds (it answered too slowly, or not at all). Check the network connection and try again; the last synced data is still shown.</source>
        <translation>Tidsgränsen överskreds för begäran till {where}: inget fullständigt svar inom {seconds} sekunder (svaret kom för långsamt eller inte alls). Kontrollera nätverksanslutningen och försök igen; senast synkroniserade data visas fortfarande.</translation>
    </message>
    <message>
        <source>{where} sent an answer larger than {megabytes} MB, far more than any of Stripe&apos;s answers, so it was not read. Check that the API base address is Stripe or a Stripe-compatible server, and try again later.</source>
        <translation>{where} skickade ett svar större än {megabytes} MB, långt mer än något svar från Stripe, så det lästes inte. Kontrollera att API-basadressen är Stripe eller en Stripe-kompatibel server, och försök igen senare.</translation>
    </message>
    <message>
        <source>The API base {where} uses plain http://, but &apos;{host}&apos; led to {address}, which is not this computer, so nothing was sent (the API key would have travelled unencrypted). Use an https:// address, or http://127.0.0.1 for a server on this computer.</source>
        <translation>API-basadressen {where} använder okrypterad http://, men &apos;{host}&apos; ledde till {address}, som inte är den här datorn, så ingenting skickades (API-nyckeln skulle ha skickats okrypterad). Använd en https://-adress, eller http://127.0.0.1 för en server på den här datorn.</translation>
    </message>
    <message>
        <source>{where} answered something that is not Stripe&apos;s JSON (an unreadable response), again and again. Try again in a few minutes.</source>
        <translation>{where} svarade gång på gång med något som inte är Stripes JSON (ett oläsbart svar). Försök igen om några minuter.</translation>
    </message>
    <message>
        <source>{where} kept sending pages of {list} that were sent already (the list repeated itself after &apos;{cursor}&apos;), so it would never end. The sync stopped; the last synced data is still shown. Try again later; if this keeps happening, the API base is not behaving as Stripe does.</source>
        <translation>{where} fortsatte att skicka sidor av {list} som redan hade skickats (listan upprepade sig efter &apos;{cursor}&apos;), så den skulle aldrig ta slut. Synkroniseringen stoppades; senast synkroniserade data visas fortfarande. Försök igen senare; om det fortsätter att hända beter sig API-basadressen inte som Stripe.</translation>
    </message>
    <message>
        <source>The API base &apos;{address}&apos; is not an http:// or https:// address. Leave it empty to use Stripe, or give an https:// address (http:// only for a server on this computer, such as http://127.0.0.1:12111).</source>
        <translation>API-basadressen &apos;{address}&apos; är ingen http://- eller https://-adress. Lämna den tom för att använda Stripe, eller ange en https://-adress (http:// bara för en server på den här datorn, till exempel http://127.0.0.1:12111).</translation>
    </message>
    <message>
        <source>The API base &apos;{address}&apos; uses plain http:// to a host that is not proven to be this computer: the API key would travel unencrypted. Leave it empty to use Stripe, or give an https:// address (http:// only for a server on this computer, named 127.0.0.1, [::1] or localhost, such as http://127.0.0.1:12111).</source>
        <translation>API-basadressen &apos;{address}&apos; använder okrypterad http:// till en värd som inte bevisligen är den här datorn: API-nyckeln skulle skickas okrypterad. Lämna den tom för att använda Stripe, eller ange en https://-adress (http:// bara för en server på den här datorn, angiven som 127.0.0.1, [::1] eller localhost, till exempel http://127.0.0.1:12111).</translation>
    </message>
    <message>
        <source>The disk is full: free space on {folder} and sync again. The local copy keeps its last complete sync.</source>
        <translation>Disken är full: frigör utrymme på {folder} och synkronisera igen. Den lokala kopian behåller den senaste fullständiga synkroniseringen.</translation>
    </message>
    <message>
        <source>The disk is full: free space on {folder} and export again; nothing was written.</source>
        <translation>Disken är full: frigör utrymme på {folder} och exportera igen; inget skrevs.</translation>
    </message>
    <message>
        <source>The disk is full: free space on {folder} and try again.</source>
        <translation>Disken är full: frigör utrymme på {folder} och försök igen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Details are in the log in {folder}.</source>
        <translation>Något oväntat gick fel ({error}). Detaljer finns i loggen i {folder}.</translation>
    </message>
    <message>
        <source>Could not write {file} ({reason}). Check that its folder is writable and the disk is not full, then try again.</source>
        <translation>{file} kunde inte skrivas ({reason}). Kontrollera att mappen är skrivbar och att disken inte är full, och försök igen.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write the CSV file {file}: {reason}. Choose a folder you can write to (and check there is free disk space); nothing was written.</source>
        <translation>CSV-filen {file} kunde inte skrivas: {reason}. Välj en mapp som du kan skriva till (och kontrollera att det finns ledigt diskutrymme); inget skrevs.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export current view…</source>
        <translation>Exportera aktuell vy…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Exportera markering…</translation>
    </message>
    <message>
        <source>Export collection-paused subscriptions…</source>
        <translation>Exportera abonnemang med pausad debitering…</translation>
    </message>
    <message>
        <source>There is nothing to export: no subscriptions match.</source>
        <translation>Det finns inget att exportera: inga abonnemang matchar.</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportera till CSV</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>All</source>
        <extracomment>(key, label, statuses counted/shown by the chip)</extracomment>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Trialing</source>
        <translation>Provperiod</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>Avslutas</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Obetald</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Collection paused</source>
        <translation>Debitering pausad</translation>
    </message>
    <message>
        <source>Card problem</source>
        <translation>Kortproblem</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Ofullständig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Switch account</source>
        <translation>Byt konto</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Fetch what changed since the last sync (F5)</source>
        <translation>Hämta det som ändrats sedan senaste synkroniseringen (F5)</translation>
    </message>
    <message>
        <source>&amp;Full resync</source>
        <translation>&amp;Fullständig omsynkronisering</translation>
    </message>
    <message>
        <source>Download every subscription again (Shift+F5)</source>
        <translation>Hämta alla abonnemang igen (Skift+F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Avbryt synkronisering</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Search customer, e-mail, plan or ID (Ctrl+F)</source>
        <translation>Sök kund, e-post, plan eller ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search subscriptions</source>
        <translation>Sök abonnemang</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synkroniseringsförlopp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop the sync; the cache keeps its last state</source>
        <translation>Stoppa synkroniseringen; cachen behåller sitt senaste tillstånd</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Aldrig synkroniserad</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Senast synkroniserad %1</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (inaktuell)</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation>Ej indrivningsbar</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Makulerad</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>See subscriptions, customers, invoices and cards on file</source>
        <translation>Se abonnemang, kunder, fakturor och sparade kort</translation>
    </message>
    <message>
        <source>the subscriptions cannot be read</source>
        <translation>abonnemangen kan inte läsas</translation>
    </message>
    <message>
        <source>Quick refresh (fetch only what changed)</source>
        <translation>Snabb uppdatering (hämta bara det som ändrats)</translation>
    </message>
    <message>
        <source>every refresh is a full sync</source>
        <translation>varje uppdatering blir en fullständig synkronisering</translation>
    </message>
    <message>
        <source>Open the customer portal</source>
        <translation>Öppna kundportalen</translation>
    </message>
    <message>
        <source>customer portal disabled</source>
        <translation>kundportalen avstängd</translation>
    </message>
    <message>
        <source>Choose a portal configuration</source>
        <translation>Välja portalkonfiguration</translation>
    </message>
    <message>
        <source>the account&apos;s default portal configuration is used</source>
        <translation>kontots standardkonfiguration för portalen används</translation>
    </message>
    <message>
        <source>Pause and resume payment collection, cancel at period end</source>
        <translation>Pausa och återuppta debitering, säga upp vid periodens slut</translation>
    </message>
    <message>
        <source>pause and resume disabled</source>
        <translation>pausa och återuppta avstängt</translation>
    </message>
    <message>
        <source>Read the account&apos;s name and settings from Stripe</source>
        <translation>Läsa kontots namn och inställningar hos Stripe</translation>
    </message>
    <message>
        <source>the account&apos;s name is taken from its invoices</source>
        <translation>kontots namn hämtas från dess fakturor</translation>
    </message>
    <message>
        <source>Read: {permissions}.</source>
        <translation>Läsa: {permissions}.</translation>
    </message>
    <message>
        <source>Write: {portal}; {subscriptions} only to pause and resume collection.</source>
        <translation>Skriva: {portal}; {subscriptions} endast för att pausa och återuppta debitering.</translation>
    </message>
    <message>
        <source>Not needed: {accounts} (without it the account&apos;s name is taken from its invoices).</source>
        <translation>Behövs inte: {accounts} (utan den hämtas kontots namn från dess fakturor).</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>ID unknown</source>
        <translation>ID okänt</translation>
    </message>
    <message>
        <source>{name} ({id}), LIVE mode</source>
        <translation>{name} ({id}), LIVE-läge</translation>
    </message>
    <message>
        <source>{name} ({id}), test mode</source>
        <translation>{name} ({id}), testläge</translation>
    </message>
    <message>
        <source>Not usable: the key lacks {permissions}.</source>
        <translation>Kan inte användas: nyckeln saknar {permissions}.</translation>
    </message>
    <message>
        <source>All features available.</source>
        <translation>Alla funktioner är tillgängliga.</translation>
    </message>
    <message>
        <source>Read only: {limits}.</source>
        <translation>Endast läsning: {limits}.</translation>
    </message>
    <message>
        <source>Limited: {limits}.</source>
        <translation>Begränsad: {limits}.</translation>
    </message>
    <message>
        <source>{feature} (needs {permissions})</source>
        <translation>{feature} (kräver {permissions})</translation>
    </message>
    <message>
        <source>Give the restricted key these permissions in the Stripe Dashboard (Developers &gt; API keys &gt; edit the key), then try again.</source>
        <translation>Ge den begränsade nyckeln dessa behörigheter i Stripe Dashboard (Utvecklare &gt; API-nycklar &gt; redigera nyckeln) och försök igen.</translation>
    </message>
</context>
<context>
    <name>KeyFormat</name>
    <message>
        <source>No API key was given. Paste a key from the Stripe Dashboard.</source>
        <translation>Ingen API-nyckel angavs. Klistra in en nyckel från Stripe Dashboard.</translation>
    </message>
    <message>
        <source>That is a publishable key (pk_...), which cannot read subscriptions. Use a restricted key (rk_...) or a secret key (sk_...) from the Stripe Dashboard, Developers &gt; API keys.</source>
        <translation>Det är en publicerbar nyckel (pk_...), som inte kan läsa abonnemang. Använd en begränsad nyckel (rk_...) eller en hemlig nyckel (sk_...) från Stripe Dashboard, Utvecklare &gt; API-nycklar.</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again from the Stripe Dashboard (Developers &gt; API keys) and paste it whole.</source>
        <translation>Nyckeln innehåller mellanslag eller radbrytningar. Kopiera den igen från Stripe Dashboard (Utvecklare &gt; API-nycklar) och klistra in hela.</translation>
    </message>
    <message>
        <source>This is not a Stripe API key: it must start with rk_live_, rk_test_, sk_live_ or sk_test_ followed by letters and digits. Copy it from the Stripe Dashboard, Developers &gt; API keys.</source>
        <translation>Det här är ingen API-nyckel från Stripe: den måste börja med rk_live_, rk_test_, sk_live_ eller sk_test_ följt av bokstäver och siffror. Kopiera den från Stripe Dashboard, Utvecklare &gt; API-nycklar.</translation>
    </message>
    <message>
        <source>The key is too short: it looks cut off. Copy it again from the Stripe Dashboard and paste it whole.</source>
        <translation>Nyckeln är för kort: den verkar avklippt. Kopiera den igen från Stripe Dashboard och klistra in hela.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Billing Manager keeps keys in the macOS Keychain. Make sure you are logged in to a normal user session with a login keychain (Keychain Access), then try again.</source>
        <translation>Billing Manager förvarar nycklar i macOS-nyckelringen. Se till att du är inloggad i en vanlig användarsession med en inloggningsnyckelring (Nyckelhanterare) och försök igen.</translation>
    </message>
    <message>
        <source>Billing Manager keeps keys in the Windows Credential Manager. Sign in to a normal Windows user account (Credential Manager is not available to service or guest accounts), then try again.</source>
        <translation>Billing Manager förvarar nycklar i Windows Autentiseringshanteraren. Logga in med ett vanligt Windows-användarkonto (Autentiseringshanteraren är inte tillgänglig för tjänste- eller gästkonton) och försök igen.</translation>
    </message>
    <message>
        <source>Install and unlock a Secret Service provider such as GNOME Keyring or KWallet (for example: apt-get install gnome-keyring), make sure it runs in your desktop session, then try again.</source>
        <translation>Installera och lås upp en Secret Service-leverantör som GNOME Keyring eller KWallet (till exempel: apt-get install gnome-keyring), se till att den körs i din skrivbordssession och försök igen.</translation>
    </message>
    <message>
        <source>Unlock the login keychain in Keychain Access (or allow Billing Manager when macOS asks), then try again.</source>
        <translation>Lås upp inloggningsnyckelringen i Nyckelhanterare (eller tillåt Billing Manager när macOS frågar) och försök igen.</translation>
    </message>
    <message>
        <source>Unlock your Windows session and allow access to the Credential Manager, then try again.</source>
        <translation>Lås upp din Windows-session, tillåt åtkomst till Autentiseringshanteraren och försök igen.</translation>
    </message>
    <message>
        <source>Unlock your login keyring (GNOME: Passwords and Keys; KDE: KWallet Manager) and accept the unlock prompt, then try again.</source>
        <translation>Lås upp din inloggningsnyckelring (GNOME: Lösenord och nycklar; KDE: KWallet-hanteraren), godkänn upplåsningsfrågan och försök igen.</translation>
    </message>
    <message>
        <source>The key was not stored anywhere else: Billing Manager never keeps keys in a file.</source>
        <translation>Nyckeln sparades inte någon annanstans: Billing Manager sparar aldrig nycklar i en fil.</translation>
    </message>
    <message>
        <source>No OS keyring is available on this computer.</source>
        <translation>Det finns ingen nyckelring från operativsystemet på den här datorn.</translation>
    </message>
    <message>
        <source>The keyring is locked.</source>
        <translation>Nyckelringen är låst.</translation>
    </message>
    <message>
        <source>The keyring is switched off (the &apos;null&apos; backend stores nothing).</source>
        <translation>Nyckelringen är avstängd (&apos;null&apos;-backenden sparar ingenting).</translation>
    </message>
    <message>
        <source>The configured keyring ({name}) keeps secrets in a file on disk (base64, or encrypted next to the data it protects), which is not safe for a Stripe key.</source>
        <translation>Den konfigurerade nyckelringen ({name}) sparar hemligheter i en fil på disken (base64, eller krypterat bredvid de data den skyddar), vilket inte är säkert för en Stripe-nyckel.</translation>
    </message>
    <message>
        <source>The keyring refused access ({error}).</source>
        <translation>Nyckelringen nekade åtkomst ({error}).</translation>
    </message>
    <message>
        <source>The keyring could not be used ({error}).</source>
        <translation>Nyckelringen kunde inte användas ({error}).</translation>
    </message>
    <message>
        <source>The keyring did not keep the key.</source>
        <translation>Nyckelringen behöll inte nyckeln.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemspråk</translation>
    </message>
    <message>
        <source>The new language applies the next time Billing Manager starts.</source>
        <translation>Det nya språket gäller nästa gång Billing Manager startar.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>It is not an https:// web address: another kind of link can open a file, a network share or a program on this computer.</source>
        <translation>Det är ingen https://-webbadress: en annan sorts länk kan öppna en fil, en nätverksresurs eller ett program på den här datorn.</translation>
    </message>
    <message>
        <source>It uses plain http:// to another computer. Only https:// links are opened (http:// only to this computer, such as the built-in emulator).</source>
        <translation>Den använder okrypterad http:// till en annan dator. Bara https://-länkar öppnas (http:// bara till den här datorn, till exempel den inbyggda emulatorn).</translation>
    </message>
    <message>
        <source>It carries a user name or password before the site&apos;s name, which can disguise the site it leads to.</source>
        <translation>Den har ett användarnamn eller lösenord före webbplatsens namn, vilket kan dölja vilken webbplats den leder till.</translation>
    </message>
    <message>
        <source>It contains spaces, line breaks or invisible control characters.</source>
        <translation>Den innehåller mellanslag, radbrytningar eller osynliga styrtecken.</translation>
    </message>
    <message>
        <source>It contains characters other than plain ASCII, or an internationalised site name: such a name can imitate another site&apos;s name, and Stripe&apos;s links never use one.</source>
        <translation>Den innehåller andra tecken än vanlig ASCII, eller ett internationaliserat webbplatsnamn: ett sådant namn kan efterlikna en annan webbplats namn, och Stripes länkar använder aldrig något.</translation>
    </message>
    <message>
        <source>It is longer than {limit} characters.</source>
        <translation>Den är längre än {limit} tecken.</translation>
    </message>
    <message>
        <source>It is not a well-formed web address.</source>
        <translation>Det är ingen giltig webbadress.</translation>
    </message>
    <message>
        <source>Billing Manager did not open a link the server sent.</source>
        <translation>Billing Manager öppnade inte en länk som servern skickade.</translation>
    </message>
    <message>
        <source>Nothing was opened. If the page should be Stripe&apos;s, open it from the Stripe Dashboard instead, and check that the account&apos;s API base is Stripe&apos;s.</source>
        <translation>Ingenting öppnades. Om sidan ska vara Stripes, öppna den i Stripe Dashboard i stället och kontrollera att kontots API-basadress är Stripes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — DEMO</source>
        <translation>%1 — DEMO</translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation>&amp;Abonnemang</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <source>Starting the demo account…</source>
        <translation>Startar demokontot…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Connect a Stripe account…</source>
        <translation>&amp;Anslut ett Stripe-konto…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Prova &amp;demon</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnemang</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>S&amp;ubscription</source>
        <translation>Abonne&amp;mang</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Demokonto</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>Demon kunde inte starta: %1</translation>
    </message>
    <message>
        <source>No account named “%1”.</source>
        <translation>Inget konto med namnet ”%1”.</translation>
    </message>
    <message>
        <source>Downloading every subscription…</source>
        <translation>Hämtar alla abonnemang…</translation>
    </message>
    <message>
        <source>Fetching changes…</source>
        <translation>Hämtar ändringar…</translation>
    </message>
    <message>
        <source>%1: %2 objects</source>
        <translation>%1: %2 objekt</translation>
    </message>
    <message>
        <source>Sync complete.</source>
        <translation>Synkroniseringen är klar.</translation>
    </message>
    <message>
        <source>Sync cancelled. The table shows the last synced data.</source>
        <translation>Synkroniseringen avbröts. Tabellen visar senast synkroniserade data.</translation>
    </message>
    <message>
        <source>Sync failed: %1 The table shows the data of the last successful sync.</source>
        <translation>Synkroniseringen misslyckades: %1 Tabellen visar data från senaste lyckade synkronisering.</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>Hämtar abonnemang…</translation>
    </message>
    <message>
        <source>No subscriptions match this filter.</source>
        <translation>Inga abonnemang matchar det här filtret.</translation>
    </message>
    <message>
        <source>Could not read the local cache: %1</source>
        <translation>Den lokala cachen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Showing all subscriptions to find %1.</source>
        <translation>Visar alla abonnemang för att hitta %1.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Öppnade %1</translation>
    </message>
</context>
<context>
    <name>ModeBadge</name>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Account mode: %1</source>
        <translation>Kontoläge: %1</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Månatliga återkommande intäkter</translation>
    </message>
    <message>
        <source>At risk (past due and unpaid)</source>
        <translation>I riskzonen (förfallna och obetalda)</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Kräver åtgärd</translation>
    </message>
    <message>
        <source>Status breakdown</source>
        <translation>Fördelning per status</translation>
    </message>
    <message>
        <source>Counts per status</source>
        <translation>Antal per status</translation>
    </message>
    <message>
        <source>Subscriptions per status</source>
        <translation>Abonnemang per status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>Nothing at risk</source>
        <translation>Inget i riskzonen</translation>
    </message>
    <message>
        <source>%1 past due or unpaid</source>
        <translation>%1 förfallna eller obetalda</translation>
    </message>
</context>
<context>
    <name>PauseBehavior</name>
    <message>
        <source>Keep invoices as drafts</source>
        <translation>Behåll fakturor som utkast</translation>
    </message>
    <message>
        <source>Mark invoices uncollectible</source>
        <translation>Markera fakturor som ej indrivningsbara</translation>
    </message>
    <message>
        <source>New invoices are created but stay drafts: nothing is charged or sent to the customer. You can finalize and collect them later, for example once a dispute is settled.</source>
        <translation>Nya fakturor skapas men förblir utkast: inget debiteras eller skickas till kunden. Du kan slutföra och driva in dem senare, till exempel när en tvist är löst.</translation>
    </message>
    <message>
        <source>New invoices are finalized and marked uncollectible: the customer is not charged and the amounts are written off as bad debt, but the invoices stay on record and can still be paid.</source>
        <translation>Nya fakturor slutförs och markeras som ej indrivningsbara: kunden debiteras inte och beloppen skrivs av som osäkra fordringar, men fakturorna finns kvar och kan fortfarande betalas.</translation>
    </message>
    <message>
        <source>New invoices are finalized and voided at once: nothing is charged and nothing is owed, as if the period were free. Use it when you give the service away for a while.</source>
        <translation>Nya fakturor slutförs och makuleras direkt: inget debiteras och inget är skyldigt, som om perioden vore gratis. Använd det när du ger bort tjänsten en tid.</translation>
    </message>
    <message>
        <source>Void invoices</source>
        <translation>Makulera fakturor</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause payment collection</source>
        <translation>Pausa debitering</translation>
    </message>
    <message>
        <source>The subscription stays active and invoices keep being created on schedule. Choose what happens to them while collection is paused:</source>
        <translation>Abonnemanget förblir aktivt och fakturor skapas enligt schemat. Välj vad som händer med dem medan debiteringen är pausad:</translation>
    </message>
    <message>
        <source>Resume automatically on</source>
        <translation>Återuppta automatiskt den</translation>
    </message>
    <message>
        <source>Pause collection</source>
        <translation>Pausa debitering</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Expired %1</source>
        <translation>Gick ut %1</translation>
    </message>
    <message>
        <source>Expires before the next payment on %1</source>
        <translation>Går ut före nästa betalning den %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>gick ut %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>går ut %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>%1 ending in %2</source>
        <translation>%1 som slutar på %2</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, går ut %2</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>SEPA Direct Debit</source>
        <translation>SEPA-autogiro</translation>
    </message>
    <message>
        <source>US bank account</source>
        <translation>Amerikanskt bankkonto</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>Bacs Direct Debit</source>
        <translation>Bacs-autogiro</translation>
    </message>
    <message>
        <source>BECS Direct Debit</source>
        <translation>BECS-autogiro</translation>
    </message>
    <message>
        <source>Pre-authorized debit</source>
        <translation>Förauktoriserad debitering</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>This key can&apos;t create customer portal links ({name} missing).</source>
        <translation>Nyckeln kan inte skapa länkar till kundportalen ({name} saknas).</translation>
    </message>
    <message>
        <source>This key can&apos;t change subscriptions ({name} missing).</source>
        <translation>Nyckeln kan inte ändra abonnemang ({name} saknas).</translation>
    </message>
    <message>
        <source>Not connected: open an account (or go online) to change subscriptions.</source>
        <translation>Inte ansluten: öppna ett konto (eller gå online) för att ändra abonnemang.</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <source>The profile&apos;s return URL {url} is not a web address: set one starting with https:// in the profile&apos;s settings.</source>
        <translation>Profilens retur-URL {url} är ingen webbadress: ange en som börjar med https:// i profilens inställningar.</translation>
    </message>
    <message>
        <source>Update billing details</source>
        <translation>Uppdatera faktureringsuppgifter</translation>
    </message>
    <message>
        <source>Invoice history</source>
        <translation>Fakturahistorik</translation>
    </message>
    <message>
        <source>Update payment method</source>
        <translation>Uppdatera betalningsmetod</translation>
    </message>
    <message>
        <source>Cancel subscriptions</source>
        <translation>Säga upp abonnemang</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Byta plan</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (standard)</translation>
    </message>
    <message>
        <source>The portal configuration {id} does not exist on this account. Choose another one in Portal configurations.</source>
        <translation>Portalkonfigurationen {id} finns inte på kontot. Välj en annan under Portalkonfigurationer.</translation>
    </message>
    <message>
        <source>The portal configuration “{name}” is inactive. Activate it in the Stripe Dashboard (Settings → Billing → Customer portal) or choose another one.</source>
        <translation>Portalkonfigurationen ”{name}” är inaktiv. Aktivera den i Stripe Dashboard (Inställningar → Billing → Kundportal) eller välj en annan.</translation>
    </message>
    <message>
        <source>“{feature}” is turned off in the portal configuration “{name}”, so Stripe would refuse this link. Turn it on in the Stripe Dashboard (Settings → Billing → Customer portal), or choose a configuration that has it.</source>
        <translation>”{feature}” är avstängt i portalkonfigurationen ”{name}”, så Stripe skulle avvisa länken. Aktivera det i Stripe Dashboard (Inställningar → Billing → Kundportal), eller välj en konfiguration där det är aktiverat.</translation>
    </message>
</context>
<context>
    <name>PortalDialog</name>
    <message>
        <source>Customer portal: %1</source>
        <translation>Kundportal: %1</translation>
    </message>
    <message>
        <source>Creating a portal link for %1…</source>
        <translation>Skapar en portallänk för %1…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>This link signs in as the customer and expires within minutes. Use it now; do not e-mail it. To send the customer a link, use the portal&apos;s login link (Portal configurations).</source>
        <translation>Länken loggar in som kunden och går ut inom några minuter. Använd den nu; mejla den inte. Använd portalens inloggningslänk (Portalkonfigurationer) om du vill skicka en länk till kunden.</translation>
    </message>
    <message>
        <source>The portal link could not be opened.</source>
        <translation>Portallänken kunde inte öppnas.</translation>
    </message>
    <message>
        <source>The portal was sent to your browser. If no browser window opened, copy the link below and open it yourself.</source>
        <translation>Portalen skickades till webbläsaren. Om inget webbläsarfönster öppnades kopierar du länken nedan och öppnar den själv.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link below and open it yourself.</source>
        <translation>Ingen webbläsare kunde öppnas. Kopiera länken nedan och öppna den själv.</translation>
    </message>
    <message>
        <source>The portal link could not be created.</source>
        <translation>Portallänken kunde inte skapas.</translation>
    </message>
</context>
<context>
    <name>RemoveAccountDialog</name>
    <message>
        <source>Remove account</source>
        <translation>Ta bort konto</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its API key is deleted from your system&apos;s keyring; the key itself stays valid in Stripe until you revoke it in the Dashboard.</source>
        <translation>Ta bort kontot ”%1”? Dess API-nyckel raderas ur systemets nyckelring; själva nyckeln gäller i Stripe tills du återkallar den i Dashboard.</translation>
    </message>
    <message>
        <source>Also &amp;delete the local copy of its data</source>
        <translation>&amp;Radera även den lokala kopian av dess data</translation>
    </message>
    <message>
        <source>Also delete the local copy of its data</source>
        <translation>Radera även den lokala kopian av dess data</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Active</source>
        <extracomment>The badge text for each status (translated at display time).</extracomment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Trialing</source>
        <translation>Provperiod</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>Avslutas</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Obetald</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Ofullständig</translation>
    </message>
    <message>
        <source>Incomplete expired</source>
        <translation>Ofullständig (utgången)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Collection paused</source>
        <translation>Debitering pausad</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StatusDonut</name>
    <message>
        <source>Status breakdown chart</source>
        <extracomment>Order of the statuses in the chart and the legend.</extracomment>
        <translation>Diagram över fördelning per status</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Inga data</translation>
    </message>
    <message>
        <source>subscriptions</source>
        <translation>abonnemang</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SubscriptionTable</name>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Nästa fakturering</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalningsmetod</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <source>Metered</source>
        <translation>Förbrukning</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Slutar %1</translation>
    </message>
    <message>
        <source>Trial ends %1</source>
        <translation>Prov till %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Stripe reports the status “%1”, which this version does not know.</source>
        <extracomment>(SortKey, descending): the owner re-queries the store and calls ``set_ids``.</extracomment>
        <translation>Stripe rapporterar statusen ”%1”, som den här versionen inte känner till.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnemang</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Kopiera rader</translation>
    </message>
    <message>
        <source>Copy subscription &amp;ID</source>
        <translation>Kopiera abonnemangs-&amp;ID</translation>
    </message>
    <message>
        <source>Open in Stripe &amp;Dashboard</source>
        <translation>Öppna i Stripe &amp;Dashboard</translation>
    </message>
    <message>
        <source>Send to customer &amp;portal…</source>
        <translation>Skicka till kund&amp;portalen…</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Subscription summary</source>
        <translation>Sammanfattning av abonnemanget</translation>
    </message>
    <message>
        <source>Payment warning</source>
        <translation>Betalningsvarning</translation>
    </message>
    <message>
        <source>Send to portal to update payment method</source>
        <translation>Till portalen för att uppdatera betalningsmetod</translation>
    </message>
    <message>
        <source>Open Stripe&apos;s customer portal so the customer can change the card</source>
        <translation>Öppna Stripes kundportal så att kunden kan byta kort</translation>
    </message>
    <message>
        <source>Collection notice</source>
        <translation>Meddelande om debitering</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Faktureringsperiod</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Next billing date</source>
        <translation>Nästa faktureringsdatum</translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation>Provperioden slutar</translation>
    </message>
    <message>
        <source>Cancellation date</source>
        <translation>Uppsägningsdatum</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalningsmetod</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>Kortstatus</translation>
    </message>
    <message>
        <source>Latest invoice</source>
        <translation>Senaste faktura</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Abonnemangs-ID</translation>
    </message>
    <message>
        <source>No subscription selected</source>
        <translation>Inget abonnemang valt</translation>
    </message>
    <message>
        <source>Select a row in the table to see its details.</source>
        <translation>Välj en rad i tabellen för att se detaljerna.</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Slutar den</translation>
    </message>
    <message>
        <source>Canceled on</source>
        <translation>Avslutades den</translation>
    </message>
    <message>
        <source>Cancels on</source>
        <translation>Avslutas den</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Ingen sparad</translation>
    </message>
    <message>
        <source>The customer updated the payment method after the last failed attempt. The invoice awaits its next retry on %1.</source>
        <translation>Kunden uppdaterade betalningsmetoden efter det senaste misslyckade försöket. Fakturan väntar på nästa försök den %1.</translation>
    </message>
    <message>
        <source>The customer updated the payment method after the last failed attempt, but no retry is scheduled: collect the invoice from the Stripe Dashboard.</source>
        <translation>Kunden uppdaterade betalningsmetoden efter det senaste misslyckade försöket, men inget nytt försök är schemalagt: driv in fakturan i Stripe Dashboard.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>new invoices are kept as drafts</source>
        <translation>nya fakturor förblir utkast</translation>
    </message>
    <message>
        <source>new invoices are marked uncollectible</source>
        <translation>nya fakturor markeras som ej indrivningsbara</translation>
    </message>
    <message>
        <source>new invoices are voided</source>
        <translation>nya fakturor makuleras</translation>
    </message>
    <message>
        <source>Payment collection is paused: %1. Collection resumes on %2.</source>
        <translation>Debiteringen är pausad: %1. Debiteringen återupptas den %2.</translation>
    </message>
    <message>
        <source>Payment collection is paused: %1, until someone resumes it.</source>
        <translation>Debiteringen är pausad: %1, tills någon återupptar den.</translation>
    </message>
    <message>
        <source>Stripe reports the status “%1”, which this version of Billing Manager does not know. Check the subscription in the Stripe Dashboard.</source>
        <translation>Stripe rapporterar statusen ”%1”, som den här versionen av Billing Manager inte känner till. Kontrollera abonnemanget i Stripe Dashboard.</translation>
    </message>
    <message>
        <source>The latest invoice is paid: Stripe changes the status shortly.</source>
        <translation>Den senaste fakturan är betald: Stripe ändrar statusen inom kort.</translation>
    </message>
    <message>
        <source>Past due: the latest payment failed.</source>
        <translation>Förfallen: den senaste betalningen misslyckades.</translation>
    </message>
    <message>
        <source>Unpaid: payment failed and Stripe stopped retrying.</source>
        <translation>Obetald: betalningen misslyckades och Stripe har slutat försöka igen.</translation>
    </message>
    <message>
        <source>Attempts so far: %1</source>
        <translation>Försök hittills: %1</translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation>Belopp att betala: %1</translation>
    </message>
    <message>
        <source>Next retry: %1</source>
        <translation>Nästa försök: %1</translation>
    </message>
    <message>
        <source>No further retry is scheduled.</source>
        <translation>Inget nytt försök är schemalagt.</translation>
    </message>
    <message>
        <source>Ask the customer to update the payment method in the portal.</source>
        <translation>Be kunden uppdatera betalningsmetoden i portalen.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The sync was cancelled; the subscriptions shown are from the previous sync.</source>
        <translation>Synkroniseringen avbröts; abonnemangen som visas kommer från den förra synkroniseringen.</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>och {count} till</translation>
    </message>
    <message>
        <source>Objects Stripe sent in a form the app cannot read were skipped ({count}): {ids}. Everything else was synced; the details are in the log in {folder}.</source>
        <translation>Objekt som Stripe skickade i en form som appen inte kan läsa hoppades över ({count}): {ids}. Allt annat synkroniserades; detaljerna finns i loggen i {folder}.</translation>
    </message>
    <message>
        <source>The sync stopped unexpectedly ({how}). The local copy keeps its last complete sync. Try again; details are in the log in {folder}.</source>
        <translation>Synkroniseringen avbröts oväntat ({how}). Den lokala kopian behåller den senaste fullständiga synkroniseringen. Försök igen; detaljer finns i loggen i {folder}.</translation>
    </message>
</context>
<context>
    <name>SyncPhase</name>
    <message>
        <source>Checking the account</source>
        <translation>Kontrollerar kontot</translation>
    </message>
    <message>
        <source>Products and prices</source>
        <translation>Produkter och priser</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnemang</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Sparar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Välkommen till %1</translation>
    </message>
    <message>
        <source>See every Stripe Billing subscription at a glance, find the ones that need attention, and send customers to Stripe&apos;s portal to fix their payment details.
Connect your account with a restricted API key (kept in your system keyring), or look around in a demo account first.</source>
        <translation>Se alla abonnemang i Stripe Billing på en gång, hitta dem som kräver åtgärd och skicka kunder till Stripes portal för att rätta sina betalningsuppgifter.
Anslut ditt konto med en begränsad API-nyckel (förvaras i systemets nyckelring), eller titta runt i ett demokonto först.</translation>
    </message>
    <message>
        <source>Connect a Stripe account…</source>
        <translation>Anslut ett Stripe-konto…</translation>
    </message>
    <message>
        <source>Connecting accounts is not available yet.</source>
        <translation>Det går inte att ansluta konton än.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Prova demon</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>Exporterade %1 rader till %2</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Åtgärder</translation>
    </message>
    <message>
        <source>Done: %1 for %2</source>
        <translation>Klart: %1 för %2</translation>
    </message>
</context>
</TS>
