<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Accounts</name>
    <message>
        <source>The key is a {key_mode}-mode key but the account is set up for {account_mode} mode.</source>
        <translation>De sleutel is een sleutel voor {key_mode}-modus, maar het account is ingesteld voor {account_mode}-modus.</translation>
    </message>
    <message>
        <source>An account named &apos;{name}&apos; exists already. Choose another name, or replace its key (billing-manager profiles add NAME --replace).</source>
        <translation>Er bestaat al een account met de naam &apos;{name}&apos;. Kies een andere naam, of vervang de sleutel ervan (billing-manager profiles add NAME --replace).</translation>
    </message>
    <message>
        <source>The key stored for &apos;{name}&apos; is a {mode}-mode key, but &apos;{name}&apos; is a {wanted}-mode account. Replace it with a {wanted}-mode key (Replace key in the window, or billing-manager profiles add &apos;{name}&apos; --replace).</source>
        <translation>De sleutel die voor &apos;{name}&apos; is opgeslagen is een {mode}-sleutel, maar &apos;{name}&apos; is een {wanted}-account. Vervang hem door een {wanted}-sleutel (Sleutel vervangen in het venster, of billing-manager profiles add &apos;{name}&apos; --replace).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a {account_mode}-mode account; the new key is for {key_mode} mode. Add it as a separate account instead.</source>
        <translation>&apos;{name}&apos; is een account in {account_mode}-modus; de nieuwe sleutel is voor {key_mode}-modus. Voeg hem toe als apart account.</translation>
    </message>
    <message>
        <source>The new key belongs to account {new_id}, but &apos;{name}&apos; is account {old_id}. Add it as a separate account, so the two accounts&apos; data never mix.</source>
        <translation>De nieuwe sleutel hoort bij account {new_id}, maar &apos;{name}&apos; is account {old_id}. Voeg hem toe als apart account, zodat de gegevens van de twee accounts nooit door elkaar raken.</translation>
    </message>
    <message>
        <source>Give the account a name, for example &apos;Acme Ltd (live)&apos;.</source>
        <translation>Geef het account een naam, bijvoorbeeld &apos;Acme B.V. (live)&apos;.</translation>
    </message>
    <message>
        <source>The account name is too long: use at most {count} characters.</source>
        <translation>De accountnaam is te lang: gebruik hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and . - _ ( ) &amp; + @ &apos; in the account name, starting with a letter or digit.</source>
        <translation>Gebruik letters, cijfers, spaties en . - _ ( ) &amp; + @ &apos; in de accountnaam, te beginnen met een letter of cijfer.</translation>
    </message>
    <message>
        <source>The account list {file} holds a request budget the app cannot use, for {name}: {problem} Correct budget_rps there, or remove it for the default.</source>
        <translation>De accountlijst {file} bevat een verzoekbudget dat de app niet kan gebruiken, voor {name}: {problem} Verbeter budget_rps daar, of verwijder het voor de standaardwaarde.</translation>
    </message>
    <message>
        <source>An account named &apos;{name}&apos; exists already.</source>
        <translation>Er bestaat al een account met de naam &apos;{name}&apos;.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>{customer}&apos;s subscription is already canceled.</source>
        <translation>Het abonnement van {customer} is al opgezegd.</translation>
    </message>
    <message>
        <source>{customer}&apos;s subscription is already set to end at the end of the period. Use Manage subscription to renew it instead.</source>
        <translation>Het abonnement van {customer} eindigt al aan het einde van de periode. Gebruik Abonnement beheren om het te verlengen.</translation>
    </message>
    <message>
        <source>{customer}&apos;s subscription has ended; its plan cannot be changed.</source>
        <translation>Het abonnement van {customer} is beëindigd; het pakket kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>{customer}&apos;s subscription has ended: {reason}.</source>
        <translation>Het abonnement van {customer} is beëindigd: {reason}.</translation>
    </message>
    <message>
        <source>there is nothing to pause</source>
        <translation>er valt niets te pauzeren</translation>
    </message>
    <message>
        <source>The resume date must be in the future.</source>
        <translation>De hervattingsdatum moet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>there is nothing to resume</source>
        <translation>er valt niets te hervatten</translation>
    </message>
    <message>
        <source>it cannot be canceled again</source>
        <translation>het kan niet nogmaals worden opgezegd</translation>
    </message>
    <message>
        <source>a canceled subscription cannot be renewed; create a new one</source>
        <translation>een opgezegd abonnement kan niet worden verlengd; maak een nieuw abonnement aan</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>Update payment method…</source>
        <translation>Betaalmethode bijwerken…</translation>
    </message>
    <message>
        <source>Cancel subscription in the portal…</source>
        <translation>Abonnement opzeggen in het portaal…</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Pakket wijzigen…</translation>
    </message>
    <message>
        <source>Pause collection…</source>
        <translation>Inning pauzeren…</translation>
    </message>
    <message>
        <source>Resume collection…</source>
        <translation>Inning hervatten…</translation>
    </message>
    <message>
        <source>Cancel at period end…</source>
        <translation>Opzeggen per einde periode…</translation>
    </message>
    <message>
        <source>Renew subscription…</source>
        <translation>Abonnement verlengen…</translation>
    </message>
    <message>
        <source>Subscription in Stripe Dashboard</source>
        <translation>Abonnement in het Stripe-dashboard</translation>
    </message>
    <message>
        <source>Customer in Stripe Dashboard</source>
        <translation>Klant in het Stripe-dashboard</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Auditlog…</translation>
    </message>
    <message>
        <source>Portal configurations…</source>
        <translation>Portaalconfiguraties…</translation>
    </message>
    <message>
        <source>Manage subscription (renew it there)…</source>
        <translation>Abonnement beheren (daar verlengen)…</translation>
    </message>
    <message>
        <source>Manage subscription…</source>
        <translation>Abonnement beheren…</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Portal link created</source>
        <translation>Portaallink aangemaakt</translation>
    </message>
    <message>
        <source>Collection paused</source>
        <translation>Inning gepauzeerd</translation>
    </message>
    <message>
        <source>Collection resumed</source>
        <translation>Inning hervat</translation>
    </message>
    <message>
        <source>Cancel at period end</source>
        <translation>Opzeggen per einde periode</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Every change made from this app: portal links created, collection paused and resumed, cancellations and renewals. Kept in %1 (no keys, no links).</source>
        <translation>Elke wijziging vanuit deze app: aangemaakte portaallinks, gepauzeerde en hervatte inning, opzeggingen en verlengingen. Bewaard in %1 (geen sleutels, geen links).</translation>
    </message>
    <message>
        <source>Only this account</source>
        <translation>Alleen dit account</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>No actions recorded yet.</source>
        <translation>Nog geen acties vastgelegd.</translation>
    </message>
</context>
<context>
    <name>BillingPeriod</name>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Elke %n dag</numerusform>
            <numerusform>Elke %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Elke %n week</numerusform>
            <numerusform>Elke %n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Elke %n maand</numerusform>
            <numerusform>Elke %n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>Elk %n jaar</numerusform>
            <numerusform>Elke %n jaar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>The request budget must be a number of requests per second from {low} to {high}, not {value}.</source>
        <translation>Het verzoekbudget moet een aantal verzoeken per seconde van {low} tot {high} zijn, niet {value}.</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>The local cache {path} could not be created ({reason}). Check that its folder is writable and the disk is not full, then try again.</source>
        <translation>De lokale cache {path} kon niet worden aangemaakt ({reason}). Controleer of de map beschrijfbaar is en de schijf niet vol is, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The local cache {path} could not be opened ({reason}). Check that its folder is writable and the disk is not full, then try again.</source>
        <translation>De lokale cache {path} kon niet worden geopend ({reason}). Controleer of de map beschrijfbaar is en de schijf niet vol is, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The local cache could not be read because {reason}. It was moved aside to {file} and will be rebuilt from Stripe by the next sync; nothing in your Stripe account is affected.</source>
        <translation>De lokale cache kon niet worden gelezen ({reason}). Hij is opzijgezet als {file} en wordt bij de volgende synchronisatie opnieuw opgebouwd vanuit Stripe; er verandert niets in je Stripe-account.</translation>
    </message>
</context>
<context>
    <name>ConfigurationsDialog</name>
    <message>
        <source>Customer portal configurations</source>
        <translation>Configuraties van het klantenportaal</translation>
    </message>
    <message>
        <source>Loading the account&apos;s portal configurations…</source>
        <translation>Portaalconfiguraties van het account laden…</translation>
    </message>
    <message>
        <source>Login link (safe to e-mail a customer):</source>
        <translation>Inloglink (veilig om naar een klant te e-mailen):</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Use for this account</source>
        <translation>Gebruiken voor dit account</translation>
    </message>
    <message>
        <source>Use the account&apos;s default</source>
        <translation>Standaard van het account gebruiken</translation>
    </message>
    <message>
        <source>Open the portal with this one</source>
        <translation>Portaal met deze configuratie openen</translation>
    </message>
    <message>
        <source>For the selected subscription, this time only (the default stays).</source>
        <translation>Voor het geselecteerde abonnement, alleen deze keer (de standaard blijft).</translation>
    </message>
    <message>
        <source>The portal configurations could not be read.</source>
        <translation>De portaalconfiguraties konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>This account has no portal configuration yet. Set up the customer portal in the Stripe Dashboard (Settings → Billing → Customer portal).</source>
        <translation>Dit account heeft nog geen portaalconfiguratie. Stel het klantenportaal in via het Stripe-dashboard (Instellingen → Billing → Klantenportaal).</translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation>de standaard van het account</translation>
    </message>
    <message>
        <source>This app uses: %1</source>
        <translation>Deze app gebruikt: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>This configuration&apos;s login link is not a plain https:// web address, so it is not offered for copying. Check the login link in the Stripe Dashboard (Customer portal → Login link).</source>
        <translation>De inloglink van deze configuratie is geen gewoon https://-webadres en wordt daarom niet aangeboden om te kopiëren. Controleer de inloglink in het Stripe-dashboard (Klantenportaal → Inloglink).</translation>
    </message>
    <message>
        <source>Customers open this link and sign in with their e-mail address; it does not expire and gives no access without that e-mail.</source>
        <translation>Klanten openen deze link en melden zich aan met hun e-mailadres; de link verloopt niet en geeft zonder dat e-mailadres geen toegang.</translation>
    </message>
    <message>
        <source>This configuration has no login link. Turn it on in the Stripe Dashboard (Customer portal → Login link) to e-mail customers a link.</source>
        <translation>Deze configuratie heeft geen inloglink. Zet die aan in het Stripe-dashboard (Klantenportaal → Inloglink) om klanten een link te e-mailen.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPanel</name>
    <message>
        <source>LIVE ACCOUNT</source>
        <translation>LIVE-ACCOUNT</translation>
    </message>
    <message>
        <source>Type “%1” to confirm</source>
        <translation>Typ “%1” om te bevestigen</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>This is a LIVE account: the change applies at once to a real customer and real money.</source>
        <translation>Dit is een LIVE-account: de wijziging geldt direct voor een echte klant en echt geld.</translation>
    </message>
    <message>
        <source>{customer}’s subscription {plan} ({id})</source>
        <translation>abonnement {plan} van {customer} ({id})</translation>
    </message>
    <message>
        <source>{customer}’s subscription ({id})</source>
        <translation>abonnement van {customer} ({id})</translation>
    </message>
    <message>
        <source>Collection resumes automatically on {date}.</source>
        <translation>De inning wordt op {date} automatisch hervat.</translation>
    </message>
    <message>
        <source>Collection stays paused until you resume it.</source>
        <translation>De inning blijft gepauzeerd tot je die hervat.</translation>
    </message>
    <message>
        <source>Pause payment collection</source>
        <translation>Inning pauzeren</translation>
    </message>
    <message>
        <source>Payment collection for {subject} will be paused: {behavior}.</source>
        <translation>De inning voor het {subject} wordt gepauzeerd: {behavior}.</translation>
    </message>
    <message>
        <source>The subscription itself stays active.</source>
        <translation>Het abonnement zelf blijft actief.</translation>
    </message>
    <message>
        <source>Pause collection</source>
        <translation>Inning pauzeren</translation>
    </message>
    <message>
        <source>Resume payment collection</source>
        <translation>Inning hervatten</translation>
    </message>
    <message>
        <source>Payment collection for {subject} will resume: the next invoices are charged as usual. Invoices created while paused keep the state they are in.</source>
        <translation>De inning voor het {subject} wordt hervat: de volgende facturen worden zoals gewoonlijk in rekening gebracht. Facturen die tijdens de pauze zijn aangemaakt, houden hun huidige status.</translation>
    </message>
    <message>
        <source>Resume collection</source>
        <translation>Inning hervatten</translation>
    </message>
    <message>
        <source>Cancel at period end</source>
        <translation>Opzeggen per einde periode</translation>
    </message>
    <message>
        <source>{subject} will end on {date}.</source>
        <translation>Het {subject} eindigt op {date}.</translation>
    </message>
    <message>
        <source>{subject} will end at the end of the current period.</source>
        <translation>Het {subject} eindigt aan het einde van de huidige periode.</translation>
    </message>
    <message>
        <source>The customer keeps the service until then and is not charged again. You can renew it before that date.</source>
        <translation>De klant behoudt de dienst tot dan en betaalt niets meer. Je kunt het abonnement vóór die datum verlengen.</translation>
    </message>
    <message>
        <source>Renew subscription</source>
        <translation>Abonnement verlengen</translation>
    </message>
    <message>
        <source>The scheduled cancellation of {subject} will be undone: it renews on {date} and the customer is charged as usual.</source>
        <translation>De geplande opzegging van het {subject} wordt ongedaan gemaakt: het wordt op {date} verlengd en de klant betaalt zoals gewoonlijk.</translation>
    </message>
    <message>
        <source>The scheduled cancellation of {subject} will be undone: it renews and the customer is charged as usual.</source>
        <translation>De geplande opzegging van het {subject} wordt ongedaan gemaakt: het wordt verlengd en de klant betaalt zoals gewoonlijk.</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <source>Type “{phrase}” to confirm.</source>
        <translation>Typ “{phrase}” om te bevestigen.</translation>
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
        <translation>API-sleutel vervangen</translation>
    </message>
    <message>
        <source>Connect a Stripe account</source>
        <translation>Een Stripe-account koppelen</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Accountnaam</translation>
    </message>
    <message>
        <source>e.g. Acme Ltd</source>
        <translation>bijv. Acme B.V.</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Account&amp;naam:</translation>
    </message>
    <message>
        <source>Stripe API key</source>
        <translation>Stripe-API-sleutel</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>De API-sleutel tonen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;sleutel:</translation>
    </message>
    <message>
        <source>API base (optional)</source>
        <translation>API-basisadres (optioneel)</translation>
    </message>
    <message>
        <source>API &amp;base:</source>
        <translation>API-&amp;basisadres:</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Resultaat van de controle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation>Sleutel &amp;controleren</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>Sleutel controleren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Account opslaan</translation>
    </message>
    <message>
        <source>Paste an API key from the Stripe Dashboard (Developers &gt; API keys). Restricted keys (rk_…) can do only what you allow them: they are recommended. Secret keys (sk_…) have full access to the account. Live keys (…_live_…) see real customers and money; test keys (…_test_…) see test data only.</source>
        <translation>Plak een API-sleutel uit het Stripe-dashboard (Ontwikkelaars &gt; API-sleutels). Beperkte sleutels (rk_…) kunnen alleen wat je ze toestaat: die worden aanbevolen. Geheime sleutels (sk_…) hebben volledige toegang tot het account. Livesleutels (…_live_…) zien echte klanten en echt geld; testsleutels (…_test_…) zien alleen testgegevens.</translation>
    </message>
    <message>
        <source>Give a restricted key these permissions:</source>
        <translation>Geef een beperkte sleutel deze rechten:</translation>
    </message>
    <message>
        <source>The key is kept in your system&apos;s keyring, never in a file. It is checked before it is saved.</source>
        <translation>De sleutel wordt bewaard in de sleutelbos van je systeem, nooit in een bestand. Hij wordt gecontroleerd voordat hij wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Checking the key with Stripe…</source>
        <translation>Sleutel controleren bij Stripe…</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Sleutel: %1</translation>
    </message>
    <message>
        <source>LIVE mode: real customers and real money.</source>
        <translation>LIVE-modus: echte klanten en echt geld.</translation>
    </message>
    <message>
        <source>Works: %1</source>
        <translation>Werkt: %1</translation>
    </message>
    <message>
        <source>Not available: %1 (needs %2)</source>
        <translation>Niet beschikbaar: %1 (vereist %2)</translation>
    </message>
    <message>
        <source>Saving the key in the keyring…</source>
        <translation>Sleutel opslaan in de sleutelbos…</translation>
    </message>
    <message>
        <source>Saved. The key is in your system&apos;s keyring.</source>
        <translation>Opgeslagen. De sleutel staat in de sleutelbos van je systeem.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Customer details</source>
        <extracomment>A subscription in &quot;other subscriptions&quot; was activated: select it. An invoice URL was opened (hosted page or PDF); tests and the status bar listen.</extracomment>
        <translation>Klantgegevens</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Factuurgegevens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Tax IDs</source>
        <translation>Fiscale nummers</translation>
    </message>
    <message>
        <source>Default payment method</source>
        <translation>Standaardbetaalmethode</translation>
    </message>
    <message>
        <source>Other subscriptions of this customer</source>
        <translation>Andere abonnementen van deze klant</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invoices and payments</source>
        <translation>Facturen en betalingen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
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
        <translation>Factuurpagina openen</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Pdf openen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Loading invoices…</source>
        <translation>Facturen laden…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factuur</numerusform>
            <numerusform>%n facturen</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Nog geen facturen.</translation>
    </message>
    <message>
        <source>Could not load invoices: %1</source>
        <translation>Facturen konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Opened in your browser: %1</source>
        <translation>Geopend in je browser: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The API key was rejected: it may have been revoked or rolled. Replace it in the window (Connect account, same name) or with `billing-manager profiles add NAME --replace`; for scripts, set STRIPE_API_KEY to a current key.</source>
        <translation>De API-sleutel is geweigerd: hij is misschien ingetrokken of vernieuwd. Vervang hem in het venster (Account koppelen, zelfde naam) of met `billing-manager profiles add NAME --replace`; zet voor scripts STRIPE_API_KEY op een geldige sleutel.</translation>
    </message>
    <message>
        <source>The restricted API key lacks the permission &apos;{permission}&apos; ({label}). Add it to the key in the Stripe Dashboard (Developers &gt; API keys), or use a key that has it.</source>
        <translation>De beperkte API-sleutel mist het recht &apos;{permission}&apos; ({label}). Voeg het toe aan de sleutel in het Stripe-dashboard (Ontwikkelaars &gt; API-sleutels), of gebruik een sleutel die het heeft.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this. Give the restricted key the needed permission in the Stripe Dashboard (Developers &gt; API keys).</source>
        <translation>De API-sleutel mag dit niet doen. Geef de beperkte sleutel het benodigde recht in het Stripe-dashboard (Ontwikkelaars &gt; API-sleutels).</translation>
    </message>
    <message>
        <source>{where} kept answering &apos;too many requests&apos; after several retries. Wait a minute and try again, or lower this account&apos;s request budget.</source>
        <translation>{where} bleef &apos;te veel verzoeken&apos; antwoorden, ook na meerdere pogingen. Wacht een minuut en probeer het opnieuw, of verlaag het verzoekbudget van dit account.</translation>
    </message>
    <message>
        <source>Could not reach {where} (no connection, or it timed out). Check the network connection and try again; the last synced data is still shown.</source>
        <translation>{where} is niet bereikbaar (geen verbinding, of er trad een time-out op). Controleer de netwerkverbinding en probeer het opnieuw; de laatst gesynchroniseerde gegevens blijven zichtbaar.</translation>
    </message>
    <message>
        <source>Not found on {where}: {message}</source>
        <translation>Niet gevonden bij {where}: {message}</translation>
    </message>
    <message>
        <source>{where} refused the request: {message}</source>
        <translation>{where} heeft het verzoek geweigerd: {message}</translation>
    </message>
    <message>
        <source>{where} answered with an error or an unreadable response (HTTP {status}). This is usually temporary: try again in a few minutes.</source>
        <translation>{where} antwoordde met een fout of een onleesbaar antwoord (HTTP {status}). Dit is meestal tijdelijk: probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>{where} answered with an error or an unreadable response. This is usually temporary: try again in a few minutes.</source>
        <translation>{where} antwoordde met een fout of een onleesbaar antwoord. Dit is meestal tijdelijk: probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>{where} answered unexpectedly ({error}). Try again in a few minutes.</source>
        <translation>{where} gaf een onverwacht antwoord ({error}). Probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>Could not connect securely to {where}: the server&apos;s certificate is not trusted: {reason}. Nothing was sent. If your company inspects secure connections, its certificate authority must be installed in this computer&apos;s trust store (ask your IT department); otherwise someone may be intercepting the connection.</source>
        <translation>Er kon geen beveiligde verbinding met {where} worden gemaakt: het certificaat van de server wordt niet vertrouwd: {reason}. Er is niets verzonden. Als je bedrijf beveiligde verbindingen inspecteert, moet zijn certificeringsinstantie in de vertrouwde certificaten van deze computer staan (vraag het je IT-afdeling); anders kan iemand de verbinding onderscheppen.</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to {where} ({detail}). Nothing was sent. Check the API base address and the network (a proxy may be in the way), then try again.</source>
        <translation>Er kon geen beveiligde verbinding met {where} worden opgezet ({detail}). Er is niets verzonden. Controleer het API-basisadres en het netwerk (misschien zit een proxy in de weg) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The request to {where} timed out: no complete answer within {seconds} seconds (it answered too slowly, or not at all). Check the network connection and try again; the last synced data is still shown.</source>
        <translation>Er trad een time-out op bij de aanvraag aan {where}: geen volledig antwoord binnen {seconds} seconden (het antwoord kwam te langzaam of helemaal niet). Controleer de netwerkverbinding en probeer het opnieuw; de laatst gesynchroniseerde gegevens blijven zichtbaar.</translation>
    </message>
    <message>
        <source>{where} sent an answer larger than {megabytes} MB, far more than any of Stripe&apos;s answers, so it was not read. Check that the API base address is Stripe or a Stripe-compatible server, and try again later.</source>
        <translation>{where} stuurde een antwoord groter dan {megabytes} MB, veel meer dan welk antwoord van Stripe ook, dus het is niet gelezen. Controleer of het API-basisadres Stripe is of een server die zich als Stripe gedraagt, en probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The API base {where} uses plain http://, but &apos;{host}&apos; led to {address}, which is not this computer, so nothing was sent (the API key would have travelled unencrypted). Use an https:// address, or http://127.0.0.1 for a server on this computer.</source>
        <translation>Het API-basisadres {where} gebruikt onversleuteld http://, maar &apos;{host}&apos; leidde naar {address}, en dat is niet deze computer; er is dus niets verzonden (de API-sleutel zou onversleuteld over het netwerk zijn gegaan). Gebruik een https://-adres, of http://127.0.0.1 voor een server op deze computer.</translation>
    </message>
    <message>
        <source>{where} answered something that is not Stripe&apos;s JSON (an unreadable response), again and again. Try again in a few minutes.</source>
        <translation>{where} antwoordde telkens iets wat geen JSON van Stripe is (een onleesbaar antwoord). Probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>{where} kept sending pages of {list} that were sent already (the list repeated itself after &apos;{cursor}&apos;), so it would never end. The sync stopped; the last synced data is still shown. Try again later; if this keeps happening, the API base is not behaving as Stripe does.</source>
        <translation>{where} bleef pagina&apos;s van {list} sturen die al eerder waren gestuurd (de lijst herhaalde zich na &apos;{cursor}&apos;), dus zou hij nooit eindigen. De synchronisatie is gestopt; de laatst gesynchroniseerde gegevens blijven zichtbaar. Probeer het later opnieuw; als dit blijft gebeuren, gedraagt het API-basisadres zich niet zoals Stripe.</translation>
    </message>
    <message>
        <source>The API base &apos;{address}&apos; is not an http:// or https:// address. Leave it empty to use Stripe, or give an https:// address (http:// only for a server on this computer, such as http://127.0.0.1:12111).</source>
        <translation>Het API-basisadres &apos;{address}&apos; is geen http://- of https://-adres. Laat het leeg om Stripe te gebruiken, of geef een https://-adres op (http:// alleen voor een server op deze computer, zoals http://127.0.0.1:12111).</translation>
    </message>
    <message>
        <source>The API base &apos;{address}&apos; uses plain http:// to a host that is not proven to be this computer: the API key would travel unencrypted. Leave it empty to use Stripe, or give an https:// address (http:// only for a server on this computer, named 127.0.0.1, [::1] or localhost, such as http://127.0.0.1:12111).</source>
        <translation>Het API-basisadres &apos;{address}&apos; gebruikt onversleuteld http:// naar een host waarvan niet vaststaat dat het deze computer is: de API-sleutel zou onversleuteld over het netwerk gaan. Laat het leeg om Stripe te gebruiken, of geef een https://-adres op (http:// alleen voor een server op deze computer, aangeduid als 127.0.0.1, [::1] of localhost, zoals http://127.0.0.1:12111).</translation>
    </message>
    <message>
        <source>The disk is full: free space on {folder} and sync again. The local copy keeps its last complete sync.</source>
        <translation>De schijf is vol: maak ruimte vrij op {folder} en synchroniseer opnieuw. De lokale kopie behoudt de laatste volledige synchronisatie.</translation>
    </message>
    <message>
        <source>The disk is full: free space on {folder} and export again; nothing was written.</source>
        <translation>De schijf is vol: maak ruimte vrij op {folder} en exporteer opnieuw; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The disk is full: free space on {folder} and try again.</source>
        <translation>De schijf is vol: maak ruimte vrij op {folder} en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Details are in the log in {folder}.</source>
        <translation>Er ging iets onverwachts mis ({error}). Details staan in het logboek in {folder}.</translation>
    </message>
    <message>
        <source>Could not write {file} ({reason}). Check that its folder is writable and the disk is not full, then try again.</source>
        <translation>{file} kon niet worden geschreven ({reason}). Controleer of de map beschrijfbaar is en de schijf niet vol is, en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write the CSV file {file}: {reason}. Choose a folder you can write to (and check there is free disk space); nothing was written.</source>
        <translation>Het CSV-bestand {file} kon niet worden geschreven: {reason}. Kies een map waarin je mag schrijven (en controleer of er schijfruimte vrij is); er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export current view…</source>
        <translation>Huidige weergave exporteren…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Selectie exporteren…</translation>
    </message>
    <message>
        <source>Export collection-paused subscriptions…</source>
        <translation>Abonnementen met gepauzeerde inning exporteren…</translation>
    </message>
    <message>
        <source>There is nothing to export: no subscriptions match.</source>
        <translation>Er valt niets te exporteren: geen enkel abonnement voldoet.</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporteren naar CSV</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>All</source>
        <extracomment>(key, label, statuses counted/shown by the chip)</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Trialing</source>
        <translation>Proefperiode</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>Wordt opgezegd</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Onbetaald</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Collection paused</source>
        <translation>Inning gepauzeerd</translation>
    </message>
    <message>
        <source>Card problem</source>
        <translation>Kaartprobleem</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Opgezegd</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Onvolledig</translation>
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
        <translation>Ander account</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Fetch what changed since the last sync (F5)</source>
        <translation>Ophalen wat er sinds de laatste synchronisatie is gewijzigd (F5)</translation>
    </message>
    <message>
        <source>&amp;Full resync</source>
        <translation>&amp;Volledig opnieuw synchroniseren</translation>
    </message>
    <message>
        <source>Download every subscription again (Shift+F5)</source>
        <translation>Alle abonnementen opnieuw downloaden (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisatie &amp;annuleren</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Search customer, e-mail, plan or ID (Ctrl+F)</source>
        <translation>Zoek op klant, e-mail, pakket of ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search subscriptions</source>
        <translation>Abonnementen zoeken</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang synchronisatie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop the sync; the cache keeps its last state</source>
        <translation>De synchronisatie stoppen; de cache behoudt de laatste stand</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nooit gesynchroniseerd</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Laatst gesynchroniseerd %1</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (verouderd)</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation>Oninbaar</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Ongeldig</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>See subscriptions, customers, invoices and cards on file</source>
        <translation>Abonnementen, klanten, facturen en opgeslagen kaarten bekijken</translation>
    </message>
    <message>
        <source>the subscriptions cannot be read</source>
        <translation>de abonnementen kunnen niet worden gelezen</translation>
    </message>
    <message>
        <source>Quick refresh (fetch only what changed)</source>
        <translation>Snel vernieuwen (alleen wijzigingen ophalen)</translation>
    </message>
    <message>
        <source>every refresh is a full sync</source>
        <translation>elke vernieuwing is een volledige synchronisatie</translation>
    </message>
    <message>
        <source>Open the customer portal</source>
        <translation>Het klantenportaal openen</translation>
    </message>
    <message>
        <source>customer portal disabled</source>
        <translation>klantenportaal uitgeschakeld</translation>
    </message>
    <message>
        <source>Choose a portal configuration</source>
        <translation>Een portaalconfiguratie kiezen</translation>
    </message>
    <message>
        <source>the account&apos;s default portal configuration is used</source>
        <translation>de standaardportaalconfiguratie van het account wordt gebruikt</translation>
    </message>
    <message>
        <source>Pause and resume payment collection, cancel at period end</source>
        <translation>Inning pauzeren en hervatten, opzeggen per einde periode</translation>
    </message>
    <message>
        <source>pause and resume disabled</source>
        <translation>pauzeren en hervatten uitgeschakeld</translation>
    </message>
    <message>
        <source>Read the account&apos;s name and settings from Stripe</source>
        <translation>De naam en instellingen van het account bij Stripe lezen</translation>
    </message>
    <message>
        <source>the account&apos;s name is taken from its invoices</source>
        <translation>de naam van het account komt van zijn facturen</translation>
    </message>
    <message>
        <source>Read: {permissions}.</source>
        <translation>Lezen: {permissions}.</translation>
    </message>
    <message>
        <source>Write: {portal}; {subscriptions} only to pause and resume collection.</source>
        <translation>Schrijven: {portal}; {subscriptions} alleen om de inning te pauzeren en te hervatten.</translation>
    </message>
    <message>
        <source>Not needed: {accounts} (without it the account&apos;s name is taken from its invoices).</source>
        <translation>Niet nodig: {accounts} (zonder deze komt de naam van het account van zijn facturen).</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>ID unknown</source>
        <translation>ID onbekend</translation>
    </message>
    <message>
        <source>{name} ({id}), LIVE mode</source>
        <translation>{name} ({id}), LIVE-modus</translation>
    </message>
    <message>
        <source>{name} ({id}), test mode</source>
        <translation>{name} ({id}), testmodus</translation>
    </message>
    <message>
        <source>Not usable: the key lacks {permissions}.</source>
        <translation>Niet bruikbaar: de sleutel mist {permissions}.</translation>
    </message>
    <message>
        <source>All features available.</source>
        <translation>Alle functies beschikbaar.</translation>
    </message>
    <message>
        <source>Read only: {limits}.</source>
        <translation>Alleen lezen: {limits}.</translation>
    </message>
    <message>
        <source>Limited: {limits}.</source>
        <translation>Beperkt: {limits}.</translation>
    </message>
    <message>
        <source>{feature} (needs {permissions})</source>
        <translation>{feature} (vereist {permissions})</translation>
    </message>
    <message>
        <source>Give the restricted key these permissions in the Stripe Dashboard (Developers &gt; API keys &gt; edit the key), then try again.</source>
        <translation>Geef de beperkte sleutel deze rechten in het Stripe-dashboard (Ontwikkelaars &gt; API-sleutels &gt; sleutel bewerken) en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>KeyFormat</name>
    <message>
        <source>No API key was given. Paste a key from the Stripe Dashboard.</source>
        <translation>Er is geen API-sleutel opgegeven. Plak een sleutel uit het Stripe-dashboard.</translation>
    </message>
    <message>
        <source>That is a publishable key (pk_...), which cannot read subscriptions. Use a restricted key (rk_...) or a secret key (sk_...) from the Stripe Dashboard, Developers &gt; API keys.</source>
        <translation>Dat is een publiceerbare sleutel (pk_...), die geen abonnementen kan lezen. Gebruik een beperkte sleutel (rk_...) of een geheime sleutel (sk_...) uit het Stripe-dashboard, Ontwikkelaars &gt; API-sleutels.</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again from the Stripe Dashboard (Developers &gt; API keys) and paste it whole.</source>
        <translation>De sleutel bevat spaties of regeleinden. Kopieer hem opnieuw uit het Stripe-dashboard (Ontwikkelaars &gt; API-sleutels) en plak hem in zijn geheel.</translation>
    </message>
    <message>
        <source>This is not a Stripe API key: it must start with rk_live_, rk_test_, sk_live_ or sk_test_ followed by letters and digits. Copy it from the Stripe Dashboard, Developers &gt; API keys.</source>
        <translation>Dit is geen Stripe-API-sleutel: hij moet beginnen met rk_live_, rk_test_, sk_live_ of sk_test_, gevolgd door letters en cijfers. Kopieer hem uit het Stripe-dashboard, Ontwikkelaars &gt; API-sleutels.</translation>
    </message>
    <message>
        <source>The key is too short: it looks cut off. Copy it again from the Stripe Dashboard and paste it whole.</source>
        <translation>De sleutel is te kort: hij lijkt afgekapt. Kopieer hem opnieuw uit het Stripe-dashboard en plak hem in zijn geheel.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Billing Manager keeps keys in the macOS Keychain. Make sure you are logged in to a normal user session with a login keychain (Keychain Access), then try again.</source>
        <translation>Billing Manager bewaart sleutels in de macOS-sleutelhanger. Zorg dat je bent ingelogd in een normale gebruikerssessie met een inlogsleutelhanger (Sleutelhangertoegang) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Billing Manager keeps keys in the Windows Credential Manager. Sign in to a normal Windows user account (Credential Manager is not available to service or guest accounts), then try again.</source>
        <translation>Billing Manager bewaart sleutels in Windows Referentiebeheer. Meld je aan met een normaal Windows-gebruikersaccount (Referentiebeheer is niet beschikbaar voor service- of gastaccounts) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Install and unlock a Secret Service provider such as GNOME Keyring or KWallet (for example: apt-get install gnome-keyring), make sure it runs in your desktop session, then try again.</source>
        <translation>Installeer en ontgrendel een Secret Service-provider zoals GNOME Keyring of KWallet (bijvoorbeeld: apt-get install gnome-keyring), zorg dat die draait in je bureaubladsessie en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Unlock the login keychain in Keychain Access (or allow Billing Manager when macOS asks), then try again.</source>
        <translation>Ontgrendel de inlogsleutelhanger in Sleutelhangertoegang (of sta Billing Manager toe wanneer macOS erom vraagt) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Unlock your Windows session and allow access to the Credential Manager, then try again.</source>
        <translation>Ontgrendel je Windows-sessie, sta toegang tot Referentiebeheer toe en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Unlock your login keyring (GNOME: Passwords and Keys; KDE: KWallet Manager) and accept the unlock prompt, then try again.</source>
        <translation>Ontgrendel je inlogsleutelbos (GNOME: Wachtwoorden en sleutels; KDE: KWallet-beheerder), accepteer de ontgrendelvraag en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The key was not stored anywhere else: Billing Manager never keeps keys in a file.</source>
        <translation>De sleutel is nergens anders opgeslagen: Billing Manager bewaart sleutels nooit in een bestand.</translation>
    </message>
    <message>
        <source>No OS keyring is available on this computer.</source>
        <translation>Er is geen sleutelbos van het besturingssysteem beschikbaar op deze computer.</translation>
    </message>
    <message>
        <source>The keyring is locked.</source>
        <translation>De sleutelbos is vergrendeld.</translation>
    </message>
    <message>
        <source>The keyring is switched off (the &apos;null&apos; backend stores nothing).</source>
        <translation>De sleutelbos staat uit (de &apos;null&apos;-backend bewaart niets).</translation>
    </message>
    <message>
        <source>The configured keyring ({name}) keeps secrets in a file on disk (base64, or encrypted next to the data it protects), which is not safe for a Stripe key.</source>
        <translation>De ingestelde sleutelbos ({name}) bewaart geheimen in een bestand op schijf (base64, of versleuteld naast de gegevens die het beschermt); dat is niet veilig voor een Stripe-sleutel.</translation>
    </message>
    <message>
        <source>The keyring refused access ({error}).</source>
        <translation>De sleutelbos weigerde de toegang ({error}).</translation>
    </message>
    <message>
        <source>The keyring could not be used ({error}).</source>
        <translation>De sleutelbos kon niet worden gebruikt ({error}).</translation>
    </message>
    <message>
        <source>The keyring did not keep the key.</source>
        <translation>De sleutelbos heeft de sleutel niet bewaard.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>The new language applies the next time Billing Manager starts.</source>
        <translation>De nieuwe taal geldt vanaf de volgende keer dat Billing Manager start.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>It is not an https:// web address: another kind of link can open a file, a network share or a program on this computer.</source>
        <translation>Het is geen https://-webadres: een ander soort link kan een bestand, een netwerkshare of een programma op deze computer openen.</translation>
    </message>
    <message>
        <source>It uses plain http:// to another computer. Only https:// links are opened (http:// only to this computer, such as the built-in emulator).</source>
        <translation>Het gebruikt onversleuteld http:// naar een andere computer. Alleen https://-links worden geopend (http:// alleen naar deze computer, zoals de ingebouwde emulator).</translation>
    </message>
    <message>
        <source>It carries a user name or password before the site&apos;s name, which can disguise the site it leads to.</source>
        <translation>Er staat een gebruikersnaam of wachtwoord vóór de naam van de site, waarmee de site waar de link heen gaat verhuld kan worden.</translation>
    </message>
    <message>
        <source>It contains spaces, line breaks or invisible control characters.</source>
        <translation>Het bevat spaties, regeleinden of onzichtbare stuurtekens.</translation>
    </message>
    <message>
        <source>It contains characters other than plain ASCII, or an internationalised site name: such a name can imitate another site&apos;s name, and Stripe&apos;s links never use one.</source>
        <translation>Het bevat andere tekens dan gewone ASCII, of een geïnternationaliseerde sitenaam: zo&apos;n naam kan de naam van een andere site nabootsen, en de links van Stripe gebruiken er nooit een.</translation>
    </message>
    <message>
        <source>It is longer than {limit} characters.</source>
        <translation>Het is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>It is not a well-formed web address.</source>
        <translation>Het is geen geldig webadres.</translation>
    </message>
    <message>
        <source>Billing Manager did not open a link the server sent.</source>
        <translation>Billing Manager heeft een link die de server stuurde niet geopend.</translation>
    </message>
    <message>
        <source>Nothing was opened. If the page should be Stripe&apos;s, open it from the Stripe Dashboard instead, and check that the account&apos;s API base is Stripe&apos;s.</source>
        <translation>Er is niets geopend. Hoort de pagina bij Stripe, open hem dan via het Stripe-dashboard en controleer of het API-basisadres van het account dat van Stripe is.</translation>
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
        <translation>&amp;Abonnementen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>Starting the demo account…</source>
        <translation>Het demo-account wordt gestart…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Connect a Stripe account…</source>
        <translation>Een Stripe-account &amp;koppelen…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>De &amp;demo proberen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnementen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>S&amp;ubscription</source>
        <translation>Abonne&amp;ment</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Demo-account</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>De demo kon niet starten: %1</translation>
    </message>
    <message>
        <source>No account named “%1”.</source>
        <translation>Geen account met de naam “%1”.</translation>
    </message>
    <message>
        <source>Downloading every subscription…</source>
        <translation>Alle abonnementen downloaden…</translation>
    </message>
    <message>
        <source>Fetching changes…</source>
        <translation>Wijzigingen ophalen…</translation>
    </message>
    <message>
        <source>%1: %2 objects</source>
        <translation>%1: %2 objecten</translation>
    </message>
    <message>
        <source>Sync complete.</source>
        <translation>Synchronisatie voltooid.</translation>
    </message>
    <message>
        <source>Sync cancelled. The table shows the last synced data.</source>
        <translation>Synchronisatie geannuleerd. De tabel toont de laatst gesynchroniseerde gegevens.</translation>
    </message>
    <message>
        <source>Sync failed: %1 The table shows the data of the last successful sync.</source>
        <translation>Synchronisatie mislukt: %1 De tabel toont de gegevens van de laatste geslaagde synchronisatie.</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>Abonnementen laden…</translation>
    </message>
    <message>
        <source>No subscriptions match this filter.</source>
        <translation>Geen abonnementen voldoen aan dit filter.</translation>
    </message>
    <message>
        <source>Could not read the local cache: %1</source>
        <translation>De lokale cache kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Showing all subscriptions to find %1.</source>
        <translation>Alle abonnementen worden getoond om %1 te vinden.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
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
        <translation>Accountmodus: %1</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Maandelijks terugkerende omzet</translation>
    </message>
    <message>
        <source>At risk (past due and unpaid)</source>
        <translation>Risico (achterstallig en onbetaald)</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Vragen aandacht</translation>
    </message>
    <message>
        <source>Status breakdown</source>
        <translation>Verdeling per status</translation>
    </message>
    <message>
        <source>Counts per status</source>
        <translation>Aantallen per status</translation>
    </message>
    <message>
        <source>Subscriptions per status</source>
        <translation>Abonnementen per status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Nothing at risk</source>
        <translation>Niets in gevaar</translation>
    </message>
    <message>
        <source>%1 past due or unpaid</source>
        <translation>%1 achterstallig of onbetaald</translation>
    </message>
</context>
<context>
    <name>PauseBehavior</name>
    <message>
        <source>Keep invoices as drafts</source>
        <translation>Facturen als concept bewaren</translation>
    </message>
    <message>
        <source>Mark invoices uncollectible</source>
        <translation>Facturen als oninbaar markeren</translation>
    </message>
    <message>
        <source>New invoices are created but stay drafts: nothing is charged or sent to the customer. You can finalize and collect them later, for example once a dispute is settled.</source>
        <translation>Nieuwe facturen worden aangemaakt maar blijven concept: er wordt niets in rekening gebracht of naar de klant gestuurd. Je kunt ze later definitief maken en innen, bijvoorbeeld zodra een geschil is opgelost.</translation>
    </message>
    <message>
        <source>New invoices are finalized and marked uncollectible: the customer is not charged and the amounts are written off as bad debt, but the invoices stay on record and can still be paid.</source>
        <translation>Nieuwe facturen worden definitief gemaakt en als oninbaar gemarkeerd: de klant betaalt niets en de bedragen worden afgeboekt als oninbare vordering, maar de facturen blijven bewaard en kunnen nog worden betaald.</translation>
    </message>
    <message>
        <source>New invoices are finalized and voided at once: nothing is charged and nothing is owed, as if the period were free. Use it when you give the service away for a while.</source>
        <translation>Nieuwe facturen worden definitief gemaakt en direct ongeldig gemaakt: er wordt niets in rekening gebracht en er is niets verschuldigd, alsof de periode gratis is. Gebruik dit als je de dienst een tijdje gratis levert.</translation>
    </message>
    <message>
        <source>Void invoices</source>
        <translation>Facturen ongeldig maken</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause payment collection</source>
        <translation>Inning pauzeren</translation>
    </message>
    <message>
        <source>The subscription stays active and invoices keep being created on schedule. Choose what happens to them while collection is paused:</source>
        <translation>Het abonnement blijft actief en facturen worden volgens schema aangemaakt. Kies wat er met die facturen gebeurt zolang de inning gepauzeerd is:</translation>
    </message>
    <message>
        <source>Resume automatically on</source>
        <translation>Automatisch hervatten op</translation>
    </message>
    <message>
        <source>Pause collection</source>
        <translation>Inning pauzeren</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Expired %1</source>
        <translation>Verlopen %1</translation>
    </message>
    <message>
        <source>Expires before the next payment on %1</source>
        <translation>Verloopt vóór de volgende betaling op %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>verlopen %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>verloopt %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>%1 ending in %2</source>
        <translation>%1 eindigend op %2</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, verloopt %2</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>SEPA Direct Debit</source>
        <translation>SEPA-incasso</translation>
    </message>
    <message>
        <source>US bank account</source>
        <translation>Amerikaanse bankrekening</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankrekening</translation>
    </message>
    <message>
        <source>Bacs Direct Debit</source>
        <translation>Bacs-incasso</translation>
    </message>
    <message>
        <source>BECS Direct Debit</source>
        <translation>BECS-incasso</translation>
    </message>
    <message>
        <source>Pre-authorized debit</source>
        <translation>Vooraf gemachtigde incasso</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>This key can&apos;t create customer portal links ({name} missing).</source>
        <translation>Deze sleutel kan geen links naar het klantenportaal maken ({name} ontbreekt).</translation>
    </message>
    <message>
        <source>This key can&apos;t change subscriptions ({name} missing).</source>
        <translation>Deze sleutel kan geen abonnementen wijzigen ({name} ontbreekt).</translation>
    </message>
    <message>
        <source>Not connected: open an account (or go online) to change subscriptions.</source>
        <translation>Niet verbonden: open een account (of ga online) om abonnementen te wijzigen.</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <source>The profile&apos;s return URL {url} is not a web address: set one starting with https:// in the profile&apos;s settings.</source>
        <translation>De retour-URL {url} van het profiel is geen webadres: stel in de instellingen van het profiel een adres in dat met https:// begint.</translation>
    </message>
    <message>
        <source>Update billing details</source>
        <translation>Factuurgegevens bijwerken</translation>
    </message>
    <message>
        <source>Invoice history</source>
        <translation>Factuurgeschiedenis</translation>
    </message>
    <message>
        <source>Update payment method</source>
        <translation>Betaalmethode bijwerken</translation>
    </message>
    <message>
        <source>Cancel subscriptions</source>
        <translation>Abonnementen opzeggen</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Pakket wijzigen</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (standaard)</translation>
    </message>
    <message>
        <source>The portal configuration {id} does not exist on this account. Choose another one in Portal configurations.</source>
        <translation>De portaalconfiguratie {id} bestaat niet in dit account. Kies een andere in Portaalconfiguraties.</translation>
    </message>
    <message>
        <source>The portal configuration “{name}” is inactive. Activate it in the Stripe Dashboard (Settings → Billing → Customer portal) or choose another one.</source>
        <translation>De portaalconfiguratie “{name}” is niet actief. Activeer haar in het Stripe-dashboard (Instellingen → Billing → Klantenportaal) of kies een andere.</translation>
    </message>
    <message>
        <source>“{feature}” is turned off in the portal configuration “{name}”, so Stripe would refuse this link. Turn it on in the Stripe Dashboard (Settings → Billing → Customer portal), or choose a configuration that has it.</source>
        <translation>“{feature}” staat uit in de portaalconfiguratie “{name}”, dus Stripe zou deze link weigeren. Zet het aan in het Stripe-dashboard (Instellingen → Billing → Klantenportaal), of kies een configuratie waarin het aanstaat.</translation>
    </message>
</context>
<context>
    <name>PortalDialog</name>
    <message>
        <source>Customer portal: %1</source>
        <translation>Klantenportaal: %1</translation>
    </message>
    <message>
        <source>Creating a portal link for %1…</source>
        <translation>Portaallink aanmaken voor %1…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>This link signs in as the customer and expires within minutes. Use it now; do not e-mail it. To send the customer a link, use the portal&apos;s login link (Portal configurations).</source>
        <translation>Met deze link ben je ingelogd als de klant en hij verloopt binnen enkele minuten. Gebruik hem nu; e-mail hem niet. Wil je de klant een link sturen, gebruik dan de inloglink van het portaal (Portaalconfiguraties).</translation>
    </message>
    <message>
        <source>The portal link could not be opened.</source>
        <translation>De portaallink kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The portal was sent to your browser. If no browser window opened, copy the link below and open it yourself.</source>
        <translation>Het portaal is naar je browser gestuurd. Is er geen browservenster geopend, kopieer dan de link hieronder en open hem zelf.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link below and open it yourself.</source>
        <translation>Er kon geen browser worden geopend. Kopieer de link hieronder en open hem zelf.</translation>
    </message>
    <message>
        <source>The portal link could not be created.</source>
        <translation>De portaallink kon niet worden aangemaakt.</translation>
    </message>
</context>
<context>
    <name>RemoveAccountDialog</name>
    <message>
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its API key is deleted from your system&apos;s keyring; the key itself stays valid in Stripe until you revoke it in the Dashboard.</source>
        <translation>Het account “%1” verwijderen? De API-sleutel wordt uit de sleutelbos van je systeem gewist; de sleutel zelf blijft geldig bij Stripe tot je hem intrekt in het dashboard.</translation>
    </message>
    <message>
        <source>Also &amp;delete the local copy of its data</source>
        <translation>Ook de lokale kopie van de gegevens &amp;wissen</translation>
    </message>
    <message>
        <source>Also delete the local copy of its data</source>
        <translation>Ook de lokale kopie van de gegevens wissen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Active</source>
        <extracomment>The badge text for each status (translated at display time).</extracomment>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Trialing</source>
        <translation>Proefperiode</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>Wordt opgezegd</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Opgezegd</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Onbetaald</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Onvolledig</translation>
    </message>
    <message>
        <source>Incomplete expired</source>
        <translation>Onvolledig verlopen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Collection paused</source>
        <translation>Inning gepauzeerd</translation>
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
        <translation>Diagram met verdeling per status</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <source>subscriptions</source>
        <translation>abonnementen</translation>
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
        <translation>Klant</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Volgende factuur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betaalmethode</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Metered</source>
        <translation>Op verbruik</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Eindigt %1</translation>
    </message>
    <message>
        <source>Trial ends %1</source>
        <translation>Proef tot %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Stripe reports the status “%1”, which this version does not know.</source>
        <extracomment>(SortKey, descending): the owner re-queries the store and calls ``set_ids``.</extracomment>
        <translation>Stripe meldt de status “%1”, die deze versie niet kent.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnementen</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Rijen &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy subscription &amp;ID</source>
        <translation>Abonnements-&amp;ID kopiëren</translation>
    </message>
    <message>
        <source>Open in Stripe &amp;Dashboard</source>
        <translation>Openen in het Stripe-&amp;dashboard</translation>
    </message>
    <message>
        <source>Send to customer &amp;portal…</source>
        <translation>Naar het klanten&amp;portaal sturen…</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Subscription summary</source>
        <translation>Samenvatting van het abonnement</translation>
    </message>
    <message>
        <source>Payment warning</source>
        <translation>Betalingswaarschuwing</translation>
    </message>
    <message>
        <source>Send to portal to update payment method</source>
        <translation>Naar portaal om betaalmethode bij te werken</translation>
    </message>
    <message>
        <source>Open Stripe&apos;s customer portal so the customer can change the card</source>
        <translation>Het klantenportaal van Stripe openen zodat de klant de kaart kan wijzigen</translation>
    </message>
    <message>
        <source>Collection notice</source>
        <translation>Melding over inning</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Factureringsperiode</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Next billing date</source>
        <translation>Volgende factuurdatum</translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation>Proefperiode eindigt</translation>
    </message>
    <message>
        <source>Cancellation date</source>
        <translation>Opzegdatum</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betaalmethode</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>Kaartstatus</translation>
    </message>
    <message>
        <source>Latest invoice</source>
        <translation>Laatste factuur</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Abonnements-ID</translation>
    </message>
    <message>
        <source>No subscription selected</source>
        <translation>Geen abonnement geselecteerd</translation>
    </message>
    <message>
        <source>Select a row in the table to see its details.</source>
        <translation>Selecteer een rij in de tabel om de details te zien.</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Eindigt op</translation>
    </message>
    <message>
        <source>Canceled on</source>
        <translation>Opgezegd op</translation>
    </message>
    <message>
        <source>Cancels on</source>
        <translation>Wordt opgezegd op</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Geen opgeslagen</translation>
    </message>
    <message>
        <source>The customer updated the payment method after the last failed attempt. The invoice awaits its next retry on %1.</source>
        <translation>De klant heeft de betaalmethode bijgewerkt na de laatste mislukte poging. De factuur wacht op de volgende poging op %1.</translation>
    </message>
    <message>
        <source>The customer updated the payment method after the last failed attempt, but no retry is scheduled: collect the invoice from the Stripe Dashboard.</source>
        <translation>De klant heeft de betaalmethode bijgewerkt na de laatste mislukte poging, maar er is geen volgende poging gepland: int de factuur via het Stripe-dashboard.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>new invoices are kept as drafts</source>
        <translation>nieuwe facturen blijven concept</translation>
    </message>
    <message>
        <source>new invoices are marked uncollectible</source>
        <translation>nieuwe facturen worden als oninbaar gemarkeerd</translation>
    </message>
    <message>
        <source>new invoices are voided</source>
        <translation>nieuwe facturen worden ongeldig gemaakt</translation>
    </message>
    <message>
        <source>Payment collection is paused: %1. Collection resumes on %2.</source>
        <translation>De inning is gepauzeerd: %1. De inning wordt hervat op %2.</translation>
    </message>
    <message>
        <source>Payment collection is paused: %1, until someone resumes it.</source>
        <translation>De inning is gepauzeerd: %1, tot iemand haar hervat.</translation>
    </message>
    <message>
        <source>Stripe reports the status “%1”, which this version of Billing Manager does not know. Check the subscription in the Stripe Dashboard.</source>
        <translation>Stripe meldt de status “%1”, die deze versie van Billing Manager niet kent. Controleer het abonnement in het Stripe-dashboard.</translation>
    </message>
    <message>
        <source>The latest invoice is paid: Stripe changes the status shortly.</source>
        <translation>De laatste factuur is betaald: Stripe past de status binnenkort aan.</translation>
    </message>
    <message>
        <source>Past due: the latest payment failed.</source>
        <translation>Achterstallig: de laatste betaling is mislukt.</translation>
    </message>
    <message>
        <source>Unpaid: payment failed and Stripe stopped retrying.</source>
        <translation>Onbetaald: de betaling is mislukt en Stripe probeert het niet meer.</translation>
    </message>
    <message>
        <source>Attempts so far: %1</source>
        <translation>Pogingen tot nu toe: %1</translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation>Te betalen bedrag: %1</translation>
    </message>
    <message>
        <source>Next retry: %1</source>
        <translation>Volgende poging: %1</translation>
    </message>
    <message>
        <source>No further retry is scheduled.</source>
        <translation>Er is geen nieuwe poging gepland.</translation>
    </message>
    <message>
        <source>Ask the customer to update the payment method in the portal.</source>
        <translation>Vraag de klant de betaalmethode bij te werken in het portaal.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The sync was cancelled; the subscriptions shown are from the previous sync.</source>
        <translation>De synchronisatie is geannuleerd; de getoonde abonnementen komen van de vorige synchronisatie.</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>en nog {count}</translation>
    </message>
    <message>
        <source>Objects Stripe sent in a form the app cannot read were skipped ({count}): {ids}. Everything else was synced; the details are in the log in {folder}.</source>
        <translation>Objecten die Stripe stuurde in een vorm die de app niet kan lezen, zijn overgeslagen ({count}): {ids}. Al het andere is gesynchroniseerd; de details staan in het logboek in {folder}.</translation>
    </message>
    <message>
        <source>The sync stopped unexpectedly ({how}). The local copy keeps its last complete sync. Try again; details are in the log in {folder}.</source>
        <translation>De synchronisatie stopte onverwacht ({how}). De lokale kopie behoudt de laatste volledige synchronisatie. Probeer het opnieuw; details staan in het logboek in {folder}.</translation>
    </message>
</context>
<context>
    <name>SyncPhase</name>
    <message>
        <source>Checking the account</source>
        <translation>Account controleren</translation>
    </message>
    <message>
        <source>Products and prices</source>
        <translation>Producten en prijzen</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnementen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Welkom bij %1</translation>
    </message>
    <message>
        <source>See every Stripe Billing subscription at a glance, find the ones that need attention, and send customers to Stripe&apos;s portal to fix their payment details.
Connect your account with a restricted API key (kept in your system keyring), or look around in a demo account first.</source>
        <translation>Bekijk alle abonnementen in Stripe Billing in één oogopslag, vind de abonnementen die aandacht vragen en stuur klanten naar het portaal van Stripe om hun betaalgegevens te herstellen.
Koppel je account met een beperkte API-sleutel (bewaard in de sleutelbos van je systeem), of kijk eerst rond in een demo-account.</translation>
    </message>
    <message>
        <source>Connect a Stripe account…</source>
        <translation>Een Stripe-account koppelen…</translation>
    </message>
    <message>
        <source>Connecting accounts is not available yet.</source>
        <translation>Accounts koppelen is nog niet beschikbaar.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>De demo proberen</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 rijen geëxporteerd naar %2</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Acties</translation>
    </message>
    <message>
        <source>Done: %1 for %2</source>
        <translation>Gereed: %1 voor %2</translation>
    </message>
</context>
</TS>
