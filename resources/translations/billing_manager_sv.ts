<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
