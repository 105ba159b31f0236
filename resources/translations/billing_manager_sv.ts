<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <source>Portal link created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection paused</source>
        <translation type="unfinished">Debitering pausad</translation>
    </message>
    <message>
        <source>Collection resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel at period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>Pause collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel at period end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription in Stripe Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer in Stripe Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage subscription (renew it there)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage subscription…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made from this app: portal links created, collection paused and resumed, cancellations and renewals. Kept in %1 (no keys, no links).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions recorded yet.</source>
        <translation type="unfinished"></translation>
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
    <name>ConfirmationPanel</name>
    <message>
        <source>LIVE ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type “%1” to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Replace API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a Stripe account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme Ltd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an API key from the Stripe Dashboard (Developers &gt; API keys). Keys starting rk_ are restricted keys: they can do only what you allow, and are recommended. Keys starting sk_ are secret keys with full access to the account. live keys see real customers and money; test keys see test data only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a restricted key these permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in your system&apos;s keyring, never in a file. It is checked before it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with Stripe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE mode: real customers and real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The key is in your system&apos;s keyring.</source>
        <translation type="unfinished"></translation>
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
    <name>MainWindow</name>
    <message>
        <source>{app} — DEMO</source>
        <translation>{app} — DEMO</translation>
    </message>
    <message>
        <source>No account is connected yet.</source>
        <translation>Inget konto är anslutet än.</translation>
    </message>
</context>
<context>
    <name>PauseBehavior</name>
    <message>
        <source>Keep invoices as drafts</source>
        <translation>Behåll fakturor som utkast</translation>
    </message>
    <message>
        <source>Mark invoices as uncollectible</source>
        <translation>Markera fakturor som ej indrivningsbara</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription stays active and invoices keep being created on schedule. Choose what happens to them while collection is paused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume automatically on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause collection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalDialog</name>
    <message>
        <source>Customer portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a portal link for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link signs in as the customer and expires within minutes. Use it now; do not e-mail it. To send the customer a link, use the portal&apos;s login link (Portal configurations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal was sent to your browser. If no browser window opened, copy the link below and open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link below and open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal link could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionStatus</name>
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
        <translation>Ofullständig, utgången</translation>
    </message>
    <message>
        <source>Collection paused</source>
        <translation>Debitering pausad</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
</context>
</TS>
