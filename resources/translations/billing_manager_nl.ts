<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
    <name>MainWindow</name>
    <message>
        <source>{app} — DEMO</source>
        <translation>{app} — DEMO</translation>
    </message>
    <message>
        <source>No account is connected yet.</source>
        <translation>Er is nog geen account gekoppeld.</translation>
    </message>
</context>
<context>
    <name>PauseBehavior</name>
    <message>
        <source>Keep invoices as drafts</source>
        <translation>Facturen als concept bewaren</translation>
    </message>
    <message>
        <source>Mark invoices as uncollectible</source>
        <translation>Facturen als oninbaar markeren</translation>
    </message>
    <message>
        <source>Void invoices</source>
        <translation>Facturen ongeldig maken</translation>
    </message>
</context>
<context>
    <name>SubscriptionStatus</name>
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
        <source>Collection paused</source>
        <translation>Inning gepauzeerd</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
</TS>
