<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Actions</name>
    <message>
        <source>{customer}&apos;s subscription is already canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}&apos;s subscription is already set to end at the end of the period. Use Manage subscription to renew it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}&apos;s subscription has ended; its plan cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}&apos;s subscription has ended: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume date must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be canceled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a canceled subscription cannot be renewed; create a new one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>Update payment method…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel subscription in the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Portal configurations…</source>
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
        <source>Portal link created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection paused</source>
        <translation type="unfinished">Inning gepauzeerd</translation>
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
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>ConfigurationsDialog</name>
    <message>
        <source>Customer portal configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account&apos;s portal configurations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login link (safe to e-mail a customer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the account&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal configurations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no portal configuration yet. Set up the customer portal in the Stripe Dashboard (Settings → Billing → Customer portal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app uses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers open this link and sign in with their e-mail address; it does not expire and gives no access without that e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This configuration has no login link. Turn it on in the Stripe Dashboard (Customer portal → Login link) to e-mail customers a link.</source>
        <translation type="unfinished"></translation>
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
    <name>Confirmations</name>
    <message>
        <source>This is a LIVE account: the change applies at once to a real customer and real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}’s subscription {plan} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}’s subscription ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection resumes automatically on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection stays paused until you resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause payment collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment collection for {subject} will be paused: {behavior}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription itself stays active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume payment collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment collection for {subject} will resume: the next invoices are charged as usual. Invoices created while paused keep the state they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel at period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} will end on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} will end at the end of the current period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer keeps the service until then and is not charged again. You can renew it before that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled cancellation of {subject} will be undone: it renews on {date} and the customer is charged as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled cancellation of {subject} will be undone: it renews and the customer is charged as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type “{phrase}” to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE: {title}</source>
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
        <source>Paste an API key from the Stripe Dashboard (Developers &gt; API keys). Restricted keys (rk_…) can do only what you allow them: they are recommended. Secret keys (sk_…) have full access to the account. Live keys (…_live_…) see real customers and money; test keys (…_test_…) see test data only.</source>
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
        <source>Works: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1 (needs %2)</source>
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
    <name>DetailPanel</name>
    <message>
        <source>Customer details</source>
        <extracomment>A subscription in &quot;other subscriptions&quot; was activated: select it. An invoice URL was opened (hosted page or PDF); tests and the status bar listen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other subscriptions of this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoice page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load invoices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in your browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The API key was rejected: it may have been revoked or rolled. Replace it in the window (Connect account, same name) or with `billing-manager profiles add NAME --replace`; for scripts, set STRIPE_API_KEY to a current key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restricted API key lacks the permission &apos;{permission}&apos; ({label}). Add it to the key in the Stripe Dashboard (Developers &gt; API keys), or use a key that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is not allowed to do this. Give the restricted key the needed permission in the Stripe Dashboard (Developers &gt; API keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} kept answering &apos;too many requests&apos; after several retries. Wait a minute and try again, or lower this account&apos;s request budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach {where} (no connection, or it timed out). Check the network connection and try again; the last synced data is still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on {where}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} refused the request: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} answered with an error or an unreadable response (HTTP {status}). This is usually temporary: try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} answered with an error or an unreadable response. This is usually temporary: try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} answered unexpectedly ({error}). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1). Details are in the log in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export collection-paused subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export: no subscriptions match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>All</source>
        <extracomment>(key, label, statuses counted/shown by the chip)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Actief</translation>
    </message>
    <message>
        <source>Trialing</source>
        <translation type="unfinished">Proefperiode</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation type="unfinished">Wordt opgezegd</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation type="unfinished">Achterstallig</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished">Onbetaald</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">Gepauzeerd</translation>
    </message>
    <message>
        <source>Collection paused</source>
        <translation type="unfinished">Inning gepauzeerd</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished">Opgezegd</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished">Onvolledig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Switch account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch what changed since the last sync (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full resync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download every subscription again (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customer, e-mail, plan or ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; the cache keeps its last state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscriptions cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick refresh (fetch only what changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every refresh is a full sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer portal disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a portal configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s default portal configuration is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause and resume payment collection, cancel at period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause and resume disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: {permissions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write: {portal}; {subscriptions} only to pause and resume collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({id}), LIVE mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({id}), test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable: the key lacks {permissions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All features available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: {limits}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited: {limits}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feature} (needs {permissions})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the restricted key these permissions in the Stripe Dashboard (Developers &gt; API keys &gt; edit the key), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect a Stripe account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading every subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled. The table shows the last synced data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1 The table shows the data of the last successful sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the local cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing all subscriptions to find %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeBadge</name>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Monthly recurring revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk (past due and unpaid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 past due or unpaid</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoices are created but stay drafts: nothing is charged or sent to the customer. You can finalize and collect them later, for example once a dispute is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoices are finalized and marked uncollectible: the customer is not charged and the amounts are written off as bad debt, but the invoices stay on record and can still be paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoices are finalized and voided at once: nothing is charged and nothing is owed, as if the period were free. Use it when you give the service away for a while.</source>
        <translation type="unfinished"></translation>
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
    <name>Permissions</name>
    <message>
        <source>This key can&apos;t create customer portal links ({name} missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key can&apos;t change subscriptions ({name} missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: open an account (or go online) to change subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <source>The profile&apos;s return URL {url} is not a web address: set one starting with https:// in the profile&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update billing details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal configuration {id} does not exist on this account. Choose another one in Portal configurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal configuration “{name}” is inactive. Activate it in the Stripe Dashboard (Settings → Billing → Customer portal) or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{feature}” is turned off in the portal configuration “{name}”, so Stripe would refuse this link. Turn it on in the Stripe Dashboard (Settings → Billing → Customer portal), or choose a configuration that has it.</source>
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
    <name>Status</name>
    <message>
        <source>Active</source>
        <extracomment>The badge text for each status (translated at display time).</extracomment>
        <translation type="unfinished">Actief</translation>
    </message>
    <message>
        <source>Trialing</source>
        <translation type="unfinished">Proefperiode</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation type="unfinished">Wordt opgezegd</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished">Opgezegd</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation type="unfinished">Achterstallig</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished">Onbetaald</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">Gepauzeerd</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished">Onvolledig</translation>
    </message>
    <message>
        <source>Incomplete expired</source>
        <translation type="unfinished">Onvolledig verlopen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Onbekend</translation>
    </message>
    <message>
        <source>Collection paused</source>
        <translation type="unfinished">Inning gepauzeerd</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDonut</name>
    <message>
        <source>Status breakdown chart</source>
        <extracomment>Order of the statuses in the chart and the legend.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionTable</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe reports the status “%1”, which this version does not know.</source>
        <extracomment>(SortKey, descending): the owner re-queries the store and calls ``set_rows``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy subscription &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Stripe &amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to customer &amp;portal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Subscription summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to portal to update payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Stripe&apos;s customer portal so the customer can change the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next billing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row in the table to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ending in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new invoices are kept as drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new invoices are marked uncollectible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new invoices are voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment collection is paused: %1. Collection resumes on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment collection is paused: %1, until someone resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe reports the status “%1”, which this version of Billing Manager does not know. Check the subscription in the Stripe Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due: the latest payment failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid: payment failed and Stripe stopped retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further retry is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to update the payment method in the portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every Stripe Billing subscription at a glance, find the ones that need attention, and send customers to Stripe&apos;s portal to fix their payment details.
Connect your account with a restricted API key (kept in your system keyring), or look around in a demo account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a Stripe account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting accounts is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
