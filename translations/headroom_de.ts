<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AlertsWording</name>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisch</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Firing</source>
            <translation>Ausgelöst</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Behoben</translation>
        </message>
        <message>
            <source>E-mail (SMTP)</source>
            <translation>E-Mail (SMTP)</translation>
        </message>
        <message>
            <source>Webhook (Slack-compatible)</source>
            <translation>Webhook (Slack-kompatibel)</translation>
        </message>
        <message>
            <source>Webhook (JSON)</source>
            <translation>Webhook (JSON)</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alarme</translation>
        </message>
        <message>
            <source>Accepted decisions</source>
            <translation>Angenommene Entscheidungen</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>%1 (threshold %2)</source>
            <translation>%1 (Schwellenwert %2)</translation>
        </message>
        <message>
            <source>— no data at the last check</source>
            <translation>— keine Daten bei der letzten Prüfung</translation>
        </message>
        <message>
            <source>[Demo] </source>
            <translation>[Demo] </translation>
        </message>
        <message>
            <source>%1 resolved</source>
            <translation>%1 behoben</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Back within its threshold: %1</source>
            <translation>Wieder innerhalb des Schwellenwerts: %1</translation>
        </message>
        <message>
            <source>%1 (threshold %2), workspace %3</source>
            <translation>%1 (Schwellenwert %2), Arbeitsbereich %3</translation>
        </message>
    </context>
    <context>
        <name>CostWording</name>
        <message>
            <source>Daily budget</source>
            <translation>Tagesbudget</translation>
        </message>
        <message>
            <source>Monthly budget</source>
            <translation>Monatsbudget</translation>
        </message>
        <message>
            <source>Daily budget of client %1</source>
            <translation>Tagesbudget von Kunde %1</translation>
        </message>
        <message>
            <source>%1 passed %2 on %3: %4 of %5, %6 over the mark</source>
            <translation>%1 hat am %3 die Marke von %2 überschritten: %4 von %5, %6 über der Marke</translation>
        </message>
        <message>
            <source>%1 against %2</source>
            <translation>%1 gegenüber %2</translation>
        </message>
        <message>
            <source>%1 reached (%2)</source>
            <translation>%1 erreicht (%2)</translation>
        </message>
        <message>
            <source>%1 approaching (%2)</source>
            <translation>%1 fast erreicht (%2)</translation>
        </message>
        <message>
            <source>spend accelerating (%1 today, %2 a day before)</source>
            <translation>Ausgaben steigen beschleunigt (%1 heute, %2 am Vortag)</translation>
        </message>
        <message>
            <source>on pace for %1 this month against a %2 limit</source>
            <translation>auf Kurs zu %1 in diesem Monat bei einer Grenze von %2</translation>
        </message>
        <message>
            <source>over the per-client limit (%1)</source>
            <translation>über der Grenze pro Kunde (%1)</translation>
        </message>
        <message>
            <source>%1 its own average (%2)</source>
            <translation>%1 des eigenen Durchschnitts (%2)</translation>
        </message>
        <message>
            <source>Pause AI generation: %1</source>
            <translation>KI-Generierung pausieren: %1</translation>
        </message>
        <message>
            <source>Throttle AI generation: %1</source>
            <translation>KI-Generierung drosseln: %1</translation>
        </message>
        <message>
            <source>Cap client %1: %2</source>
            <translation>Kunde %1 begrenzen: %2</translation>
        </message>
        <message>
            <source>Raise the token budget</source>
            <translation>Token-Budget erhöhen</translation>
        </message>
        <message>
            <source>Lower the token budget</source>
            <translation>Token-Budget senken</translation>
        </message>
        <message>
            <source>Cost spike</source>
            <translation>Kostenspitze</translation>
        </message>
        <message>
            <source>Cost outlier</source>
            <translation>Kostenausreißer</translation>
        </message>
        <message>
            <source>Usage spike</source>
            <translation>Nutzungsspitze</translation>
        </message>
        <message>
            <source>Usage outlier</source>
            <translation>Nutzungsausreißer</translation>
        </message>
        <message>
            <source>All providers</source>
            <translation>Alle Anbieter</translation>
        </message>
        <message>
            <source>%1 client cap</source>
            <translation>Kundenobergrenze (%1)</translation>
        </message>
        <message>
            <source>%1 mode client range</source>
            <translation>Kundenbereich des Modus (%1)</translation>
        </message>
        <message>
            <source>%1 daily AI tokens</source>
            <translation>Tägliche KI-Token (%1)</translation>
        </message>
        <message>
            <source>%1 monthly allocation</source>
            <translation>Monatskontingent (%1)</translation>
        </message>
        <message>
            <source>%1 storage</source>
            <translation>Speicher (%1)</translation>
        </message>
        <message>
            <source>%1 queue depth</source>
            <translation>Warteschlangenlänge (%1)</translation>
        </message>
        <message>
            <source>Cost Shield daily limit</source>
            <translation>Tagesgrenze (Cost Shield)</translation>
        </message>
        <message>
            <source>Cost Shield monthly limit</source>
            <translation>Monatsgrenze (Cost Shield)</translation>
        </message>
        <message>
            <source>already reached</source>
            <translation>bereits erreicht</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message>
            <source>in %1 days</source>
            <translation>in %1 Tagen</translation>
        </message>
        <message>
            <source>%1 (±%2)</source>
            <translation>%1 (±%2)</translation>
        </message>
        <message>
            <source>not within %1 days</source>
            <translation>nicht innerhalb von %1 Tagen</translation>
        </message>
        <message>
            <source>not rising</source>
            <translation>nicht steigend</translation>
        </message>
        <message>
            <source>too little data (%1 of %2 days)</source>
            <translation>zu wenige Daten (%1 von %2 Tagen)</translation>
        </message>
        <message>
            <source>no forecast: no method beat “tomorrow is like today”</source>
            <translation>keine Prognose: Keine Methode war besser als „morgen wie heute“</translation>
        </message>
        <message>
            <source>Naive</source>
            <translation>Naiv</translation>
        </message>
        <message>
            <source>Linear trend</source>
            <translation>Linearer Trend</translation>
        </message>
        <message>
            <source>Holt smoothing</source>
            <translation>Holt-Glättung</translation>
        </message>
        <message>
            <source>Constant growth</source>
            <translation>Konstantes Wachstum</translation>
        </message>
        <message>
            <source>Not backtested: too little history</source>
            <translation>Kein Backtest: zu wenig Verlauf</translation>
        </message>
        <message>
            <source>error %1</source>
            <translation>Fehler %1</translation>
        </message>
        <message>
            <source>%1 inside the interval</source>
            <translation>%1 innerhalb des Intervalls</translation>
        </message>
        <message>
            <source>skill %1 vs naive</source>
            <translation>Güte %1 gegenüber naiv</translation>
        </message>
        <message>
            <source>Backtested %1×: %2</source>
            <translation>Backtest %1×: %2</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Nächster Monat</translation>
        </message>
        <message>
            <source>In a quarter</source>
            <translation>In einem Quartal</translation>
        </message>
        <message>
            <source>In a year</source>
            <translation>In einem Jahr</translation>
        </message>
        <message>
            <source>shrink</source>
            <translation>verkleinern</translation>
        </message>
        <message>
            <source>grow</source>
            <translation>vergrößern</translation>
        </message>
        <message>
            <source>keep</source>
            <translation>beibehalten</translation>
        </message>
        <message>
            <source>Cost at the latest usage: %1 an hour, %2 a month (%3 and %4 provisioned).</source>
            <translation>Kosten bei der aktuellen Nutzung: %1 pro Stunde, %2 pro Monat (%3 und %4 bereitgestellt).</translation>
        </message>
        <message>
            <source>%1 cores</source>
            <translation>%1 Kerne</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
        <message>
            <source>Cost not computed: the latest snapshot lacks the provisioned size, the usage, the storage or the network figure.</source>
            <translation>Kosten nicht berechnet: Dem letzten Snapshot fehlen die bereitgestellte Größe, die Nutzung, der Speicher oder der Netzwerkwert.</translation>
        </message>
        <message>
            <source>%1 efficiency %2 (%3 of %4 samples in the target band)</source>
            <translation>%1-Effizienz %2 (%3 von %4 Messwerten im Zielbereich)</translation>
        </message>
        <message>
            <source>%1 efficiency: no samples in the window</source>
            <translation>%1-Effizienz: keine Messwerte im Zeitfenster</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>memory</source>
            <translation>Arbeitsspeicher</translation>
        </message>
        <message>
            <source>Right-sizing %1: the provisioned size is not reported.</source>
            <translation>Größenanpassung %1: Die bereitgestellte Größe wird nicht gemeldet.</translation>
        </message>
        <message>
            <source>Right-sizing %1: too few samples (%2 of %3).</source>
            <translation>Größenanpassung %1: zu wenige Messwerte (%2 von %3).</translation>
        </message>
        <message>
            <source>Right-sizing %1: %2 %3 %4</source>
            <translation>Größenanpassung %1: %3 %4 %2</translation>
        </message>
        <message>
            <source> → %1 %2</source>
            <translation> → %1 %2</translation>
        </message>
        <message>
            <source> (95th percentile %1 over %2 samples)</source>
            <translation> (95. Perzentil %1 über %2 Messwerte)</translation>
        </message>
        <message>
            <source>, saves %1 a month</source>
            <translation>, spart %1 pro Monat</translation>
        </message>
        <message>
            <source>, costs %1 a month more</source>
            <translation>, kostet %1 pro Monat mehr</translation>
        </message>
        <message>
            <source>cores</source>
            <translation>Kerne</translation>
        </message>
        <message>
            <source>GB</source>
            <translation>GB</translation>
        </message>
        <message>
            <source>Schedule: the load follows a %1 pattern; %2 off-peak window(s) could run smaller, saving %3 a month.</source>
            <translation>Zeitplan: Die Last folgt einem %1 Muster; %2 Nebenzeitfenster könnten kleiner dimensioniert laufen und %3 pro Monat sparen.</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>wöchentlichen</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>täglichen</translation>
        </message>
        <message>
            <source>Schedule: not enough hourly data yet (%1 hours).</source>
            <translation>Zeitplan: noch nicht genug Stundendaten (%1 Stunden).</translation>
        </message>
        <message>
            <source>Schedule: the load follows no predictable daily or weekly pattern.</source>
            <translation>Zeitplan: Die Last folgt keinem vorhersagbaren Tages- oder Wochenmuster.</translation>
        </message>
        <message>
            <source>Schedule: the load does not vary; there is nothing to schedule.</source>
            <translation>Zeitplan: Die Last schwankt nicht; es gibt nichts zu planen.</translation>
        </message>
    </context>
    <context>
        <name>GovernanceWording</name>
        <message>
            <source>Implemented</source>
            <translation>Umgesetzt</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Rolled back</source>
            <translation>Zurückgesetzt</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisch</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Keine Daten</translation>
        </message>
        <message>
            <source>↑ rising</source>
            <translation>↑ steigend</translation>
        </message>
        <message>
            <source>↓ falling</source>
            <translation>↓ fallend</translation>
        </message>
        <message>
            <source>→ flat</source>
            <translation>→ gleichbleibend</translation>
        </message>
        <message>
            <source>– not enough days</source>
            <translation>– zu wenige Tage</translation>
        </message>
        <message>
            <source>No strain test yet (%1 pass rate required)</source>
            <translation>Noch kein Lasttest (%1 Bestehensquote erforderlich)</translation>
        </message>
        <message>
            <source>Strain test passed: %1 (%2 required)</source>
            <translation>Lasttest bestanden: %1 (%2 erforderlich)</translation>
        </message>
        <message>
            <source>Strain test below the required rate: %1 (%2 required)</source>
            <translation>Lasttest unter der erforderlichen Quote: %1 (%2 erforderlich)</translation>
        </message>
        <message>
            <source>nothing to rate yet</source>
            <translation>noch nichts zu bewerten</translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2 von %3)</translation>
        </message>
        <message>
            <source>Acceptance rate: %1 · Recommendation accuracy: %2 · Awaiting an outcome: %3</source>
            <translation>Annahmequote: %1 · Empfehlungsgenauigkeit: %2 · Ergebnis ausstehend: %3</translation>
        </message>
        <message>
            <source>Within the prediction</source>
            <translation>Innerhalb der Vorhersage</translation>
        </message>
        <message>
            <source>Outside the prediction</source>
            <translation>Außerhalb der Vorhersage</translation>
        </message>
        <message>
            <source>No impact entered or measured yet</source>
            <translation>Noch keine Wirkung eingegeben oder gemessen</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Headroom</source>
            <translation>Headroom</translation>
        </message>
        <message>
            <source>The catalog could not be loaded:
%1</source>
            <translation>Der Katalog konnte nicht geladen werden:
%1</translation>
        </message>
        <message>
            <source>The workspace database %1 could not be opened:
%2</source>
            <translation>Die Datenbank der Arbeitsbereiche %1 konnte nicht geöffnet werden:
%2</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
    </context>
    <context>
        <name>ReplayWording</name>
        <message>
            <source>Reading the bundle…</source>
            <translation>Bundle wird gelesen…</translation>
        </message>
        <message>
            <source>Checking every row of the bundle…</source>
            <translation>Jede Zeile des Bundles wird geprüft…</translation>
        </message>
        <message>
            <source>Bringing an older bundle up to date…</source>
            <translation>Älteres Bundle wird aktualisiert…</translation>
        </message>
        <message>
            <source>Writing the bundle…</source>
            <translation>Bundle wird geschrieben…</translation>
        </message>
        <message>
            <source>Compacting the bundle…</source>
            <translation>Bundle wird komprimiert…</translation>
        </message>
        <message>
            <source>Re-evaluating the stored snapshots…</source>
            <translation>Gespeicherte Snapshots werden neu ausgewertet…</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Früher</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>Same time</source>
            <translation>Gleichzeitig</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>Gar nicht</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Empfehlung</translation>
        </message>
        <message>
            <source>Mode advice</source>
            <translation>Modushinweis</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Reaches %1</source>
            <translation>Erreicht %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 auf %2</translation>
        </message>
        <message>
            <source>at the same time</source>
            <translation>zur gleichen Zeit</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 d</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>under a minute</source>
            <translation>unter einer Minute</translation>
        </message>
        <message>
            <source>%1 earlier</source>
            <translation>%1 früher</translation>
        </message>
        <message>
            <source>%1 later</source>
            <translation>%1 später</translation>
        </message>
        <message>
            <source>%1 earlier · %2 later · %3 not at all · %4 new · %5 unchanged</source>
            <translation>%1 früher · %2 später · %3 gar nicht · %4 neu · %5 unverändert</translation>
        </message>
        <message>
            <source>No stored evaluation to compare the replay with.</source>
            <translation>Keine gespeicherte Auswertung, mit der die Wiedergabe verglichen werden kann.</translation>
        </message>
        <message>
            <source>Replaying with the stored catalog reproduces %1 of %2 stored evaluations (%3 %): tier %4, mode advice %5, recommendations %6.</source>
            <translation>Die Wiedergabe mit dem gespeicherten Katalog reproduziert %1 von %2 gespeicherten Auswertungen (%3 %): Stufe %4, Modushinweise %5, Empfehlungen %6.</translation>
        </message>
        <message>
            <source> Where they differ, the history was evaluated another way when it was stored (generated demo data, another version, or settings changed since); the differences listed compare two fresh runs over the same snapshots, so they hold.</source>
            <translation> Wo sie abweichen, wurde der Verlauf beim Speichern anders ausgewertet (generierte Demodaten, eine andere Version oder seither geänderte Einstellungen); die aufgeführten Unterschiede vergleichen zwei neue Läufe über dieselben Snapshots und sind daher belastbar.</translation>
        </message>
        <message>
            <source>1 min/s</source>
            <translation>1 min/s</translation>
        </message>
        <message>
            <source>10 min/s</source>
            <translation>10 min/s</translation>
        </message>
        <message>
            <source>1 h/s</source>
            <translation>1 h/s</translation>
        </message>
        <message>
            <source>6 h/s</source>
            <translation>6 h/s</translation>
        </message>
        <message>
            <source>1 day/s</source>
            <translation>1 Tag/s</translation>
        </message>
        <message>
            <source>%1×</source>
            <extracomment>a replay speed as a multiple of real time</extracomment>
            <translation>%1×</translation>
        </message>
        <message>
            <source>Real time</source>
            <translation>Echtzeit</translation>
        </message>
        <message>
            <source>%1 times real time</source>
            <translation>%1-fache Echtzeit</translation>
        </message>
        <message>
            <source>raw data</source>
            <translation>Rohdaten</translation>
        </message>
        <message>
            <source>5-minute data</source>
            <translation>5-Minuten-Daten</translation>
        </message>
        <message>
            <source>hourly data</source>
            <translation>Stundendaten</translation>
        </message>
        <message>
            <source>%1-hour data</source>
            <translation>%1-Stunden-Daten</translation>
        </message>
        <message>
            <source>%1-minute data</source>
            <translation>%1-Minuten-Daten</translation>
        </message>
        <message>
            <source>no stored data</source>
            <translation>keine gespeicherten Daten</translation>
        </message>
        <message>
            <source>Tier change</source>
            <translation>Stufenwechsel</translation>
        </message>
        <message>
            <source>Advice change</source>
            <translation>Hinweisänderung</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>What-if opening</source>
            <translation>Was-wäre-wenn-Zeitpunkt</translation>
        </message>
        <message>
            <source>Tier changes: %1</source>
            <translation>Stufenwechsel: %1</translation>
        </message>
        <message>
            <source>Advice changes: %1</source>
            <translation>Hinweisänderungen: %1</translation>
        </message>
        <message>
            <source>Decisions: %1</source>
            <translation>Entscheidungen: %1</translation>
        </message>
        <message>
            <source>What-if openings: %1</source>
            <translation>Was-wäre-wenn-Zeitpunkte: %1</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 am %2</translation>
        </message>
        <message>
            <source>%1 at %2: %3</source>
            <translation>%1 am %2: %3</translation>
        </message>
        <message>
            <source>Replay timeline</source>
            <translation>Wiedergabe-Zeitleiste</translation>
        </message>
        <message>
            <source>Go to the start (Home)</source>
            <translation>Zum Anfang (Pos1)</translation>
        </message>
        <message>
            <source>Previous snapshot (Left); previous mark (Shift+Left)</source>
            <translation>Vorheriger Snapshot (Links); vorherige Markierung (Umschalt+Links)</translation>
        </message>
        <message>
            <source>Play (Space)</source>
            <translation>Abspielen (Leertaste)</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pause (Leertaste)</translation>
        </message>
        <message>
            <source>Next snapshot (Right); next mark (Shift+Right)</source>
            <translation>Nächster Snapshot (Rechts); nächste Markierung (Umschalt+Rechts)</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <source>Go to the latest snapshot (End)</source>
            <translation>Zum neuesten Snapshot (Ende)</translation>
        </message>
        <message>
            <source>History played per second of wall time</source>
            <translation>Wiedergegebener Verlauf pro Sekunde Echtzeit</translation>
        </message>
    </context>
    <context>
        <name>ReportOutputPaths</name>
        <message>
            <source>Choose where to save the %1.</source>
            <translation>Wählen Sie, wo das %1 gespeichert werden soll.</translation>
        </message>
        <message>
            <source>%1 is a folder; name a file for the %2.</source>
            <translation>%1 ist ein Ordner; geben Sie eine Datei für das %2 an.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Der Ordner %1 existiert nicht.</translation>
        </message>
        <message>
            <source>%1 cannot be written here: the folder or file is read-only.</source>
            <translation>%1 kann hier nicht geschrieben werden: Der Ordner oder die Datei ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>Choose a folder for the CSV tables.</source>
            <translation>Wählen Sie einen Ordner für die CSV-Tabellen.</translation>
        </message>
        <message>
            <source>%1 is a file, not a folder.</source>
            <translation>%1 ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <source>The folder %1 is read-only.</source>
            <translation>Der Ordner %1 ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
        </message>
    </context>
    <context>
        <name>ReportWording</name>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Overall health</source>
            <translation>Gesamtzustand</translation>
        </message>
        <message>
            <source>Infrastructure health</source>
            <translation>Infrastrukturzustand</translation>
        </message>
        <message>
            <source>Share of the tier's limit</source>
            <translation>Anteil an der Stufengrenze</translation>
        </message>
        <message>
            <source>Tier limit</source>
            <translation>Stufengrenze</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Pro Monat</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Pro Tag</translation>
        </message>
        <message>
            <source>Active clients</source>
            <translation>Aktive Kunden</translation>
        </message>
        <message>
            <source>Highest active clients per bucket</source>
            <translation>Höchstzahl aktiver Kunden je Intervall</translation>
        </message>
        <message>
            <source>The logo %1 could not be read: %2</source>
            <translation>Das Logo %1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 — Scaling report</source>
            <translation>%1 — Skalierungsbericht</translation>
        </message>
        <message>
            <source>%1 · workspace %2</source>
            <translation>%1 · Arbeitsbereich %2</translation>
        </message>
        <message>
            <source>Generated %1 UTC by %2</source>
            <translation>Erstellt am %1 UTC mit %2</translation>
        </message>
        <message>
            <source>SCALING REPORT</source>
            <translation>SKALIERUNGSBERICHT</translation>
        </message>
        <message>
            <source>Demo data. Every figure in this report comes from Headroom's built-in demo workspace, generated to show the product; none of it is real telemetry.</source>
            <translation>Demodaten. Alle Zahlen in diesem Bericht stammen aus dem eingebauten Demo-Arbeitsbereich von Headroom, der zur Vorführung des Produkts erzeugt wurde; keine davon sind echte Telemetriedaten.</translation>
        </message>
        <message>
            <source>Previous period: %1</source>
            <translation>Vorheriger Zeitraum: %1</translation>
        </message>
        <message>
            <source>Tier and mode</source>
            <translation>Stufe und Modus</translation>
        </message>
        <message>
            <source>Mode: %1</source>
            <translation>Modus: %1</translation>
        </message>
        <message>
            <source>Changes compare with the previous period of the same length, %1. Health is the mean of the stored scores; clients, tier, mode and headroom are as stored at the end of each period. A dash marks a figure with no data behind it.</source>
            <translation>Veränderungen beziehen sich auf den vorherigen Zeitraum gleicher Länge, %1. Der Zustand ist der Mittelwert der gespeicherten Werte; Kunden, Stufe, Modus und Reserve entsprechen dem am Ende des jeweiligen Zeitraums gespeicherten Stand. Ein Strich kennzeichnet eine Zahl, für die keine Daten vorliegen.</translation>
        </message>
        <message>
            <source>Active clients went from %1 to %2 (%3).</source>
            <translation>Die Zahl der aktiven Kunden veränderte sich von %1 auf %2 (%3).</translation>
        </message>
        <message>
            <source>%1 active clients at the end of the period.</source>
            <translation>%1 aktive Kunden am Ende des Zeitraums.</translation>
        </message>
        <message>
            <source>The platform moved from the %1 tier to %2 on %3.</source>
            <translation>Die Plattform wechselte am %3 von der Stufe %1 zur Stufe %2.</translation>
        </message>
        <message>
            <source>The platform stayed on the %1 tier, in %2 mode at the end.</source>
            <translation>Die Plattform blieb auf der Stufe %1, zuletzt im Modus %2.</translation>
        </message>
        <message>
            <source>%1 decisions on recommendations: %2 accepted, %3 deferred, %4 rejected.</source>
            <translation>%1 Entscheidungen zu Empfehlungen: %2 angenommen, %3 zurückgestellt, %4 abgelehnt.</translation>
        </message>
        <message>
            <source>AI spend was %1 of %2 in total</source>
            <translation>Die KI-Ausgaben betrugen %1 von insgesamt %2</translation>
        </message>
        <message>
            <source>, %1 per client</source>
            <translation>, %1 pro Kunde</translation>
        </message>
        <message>
            <source>The data behind these figures was complete, with %1 confidence on average.</source>
            <translation>Die Daten hinter diesen Zahlen waren vollständig, mit einer durchschnittlichen Konfidenz von %1.</translation>
        </message>
        <message>
            <source>Confidence in the data averaged %1; see Data quality for the stretches without data.</source>
            <translation>Die Konfidenz der Daten lag im Durchschnitt bei %1; die Zeitspannen ohne Daten finden Sie unter „Datenqualität“.</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>Das Wichtigste</translation>
        </message>
        <message>
            <source>… and %1 more rows, all in the CSV files.</source>
            <translation>… und %1 weitere Zeilen, alle in den CSV-Dateien.</translation>
        </message>
        <message>
            <source>The overall health score (0–100) of every stored evaluation, with the infrastructure score beside it. A break in a line is a stretch without stored data.</source>
            <translation>Der Gesamtzustandswert (0–100) jeder gespeicherten Auswertung, daneben der Infrastrukturwert. Eine Unterbrechung der Linie ist eine Zeitspanne ohne gespeicherte Daten.</translation>
        </message>
        <message>
            <source>Each metric as a share of the limit of the tier in force at the time; 100 % is the tier's limit.</source>
            <translation>Jede Metrik als Anteil an der Grenze der jeweils geltenden Stufe; 100 % entspricht der Stufengrenze.</translation>
        </message>
        <message>
            <source>The %1 metrics that came closest to their limits of the %2 measured; utilisation.csv holds them all.</source>
            <translation>Gezeigt sind die %1 von %2 gemessenen Metriken, die ihren Grenzen am nächsten kamen; utilisation.csv enthält alle.</translation>
        </message>
        <message>
            <source>AI spend per calendar month and provider, from the cost ledger.</source>
            <translation>KI-Ausgaben je Kalendermonat und Anbieter, aus dem Kostenjournal.</translation>
        </message>
        <message>
            <source>AI spend per day and provider, from the cost ledger. Days without any cost row are left empty.</source>
            <translation>KI-Ausgaben je Tag und Anbieter, aus dem Kostenjournal. Tage ohne Kostenzeile bleiben leer.</translation>
        </message>
        <message>
            <source>The highest number of active clients stored in each interval.</source>
            <translation>Die höchste Zahl aktiver Kunden, die in jedem Intervall gespeichert wurde.</translation>
        </message>
        <message>
            <source>Generated %1 UTC · all times UTC</source>
            <translation>Erstellt am %1 UTC · alle Zeiten in UTC</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>DEMO DATA</source>
            <translation>DEMODATEN</translation>
        </message>
        <message>
            <source>the PDF could not be started</source>
            <translation>das PDF konnte nicht angelegt werden</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>page %1 could not be added</source>
            <translation>Seite %1 konnte nicht hinzugefügt werden</translation>
        </message>
        <message>
            <source>the PDF could not be finished</source>
            <translation>das PDF konnte nicht abgeschlossen werden</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Spend in the period</source>
            <translation>Ausgaben im Zeitraum</translation>
        </message>
        <message>
            <source>No projection: %1.</source>
            <translation>Keine Prognose: %1.</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Projected total spend</source>
            <translation>Prognostizierte Gesamtausgaben</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>%1 interval</source>
            <translation>Intervall (%1)</translation>
        </message>
        <message>
            <source>Projected from the ledger as of the period's last day, assuming its recent growth continues, with %1 confidence: %2. The longer the horizon, the more a change in that growth moves the figure.</source>
            <translation>Hochgerechnet aus dem Kostenjournal zum letzten Tag des Zeitraums unter der Annahme, dass sich das jüngste Wachstum fortsetzt, mit %1 Konfidenz: %2. Je länger der Horizont, desto stärker wirkt sich eine Änderung dieses Wachstums auf die Zahl aus.</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>measured</source>
            <translation>gemessen</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Zeitpunkt (UTC)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>Von → nach</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Durch</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>%1 (%2 of %3 recommendations)</source>
            <translation>%1 (%2 von %3 Empfehlungen)</translation>
        </message>
        <message>
            <source>— (nothing decided)</source>
            <translation>— (nichts entschieden)</translation>
        </message>
        <message>
            <source>— (no outcome with a measured impact)</source>
            <translation>— (kein Ergebnis mit gemessener Wirkung)</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Entscheidungen</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Entschieden</translation>
        </message>
        <message>
            <source>Accepted / deferred / rejected</source>
            <translation>Angenommen / zurückgestellt / abgelehnt</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation>Annahmequote</translation>
        </message>
        <message>
            <source>Implemented / failed / rolled back</source>
            <translation>Umgesetzt / fehlgeschlagen / zurückgesetzt</translation>
        </message>
        <message>
            <source>Predictions met</source>
            <translation>Eingetroffene Vorhersagen</translation>
        </message>
        <message>
            <source>%1 (revisit %2)</source>
            <translation>%1 (Wiedervorlage %2)</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Empfehlung</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>No outcomes were recorded in this period.</source>
            <translation>In diesem Zeitraum wurden keine Ergebnisse erfasst.</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Predicted / month</source>
            <translation>Vorhergesagt / Monat</translation>
        </message>
        <message>
            <source>Actual / month</source>
            <translation>Tatsächlich / Monat</translation>
        </message>
        <message>
            <source>Measured impact</source>
            <translation>Gemessene Wirkung</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>%1 of %2 scenarios passed their latest run (%3)</source>
            <translation>%1 von %2 Szenarien haben ihren letzten Lauf bestanden (%3)</translation>
        </message>
        <message>
            <source>Ready for a tier upgrade: at least %1 passing.</source>
            <translation>Bereit für den Aufstieg in die nächste Stufe: mindestens %1 bestanden.</translation>
        </message>
        <message>
            <source>Not ready for a tier upgrade: %1 passing are needed.</source>
            <translation>Nicht bereit für den Aufstieg in die nächste Stufe: %1 müssen bestehen.</translation>
        </message>
        <message>
            <source>is the baseline</source>
            <translation>ist die Baseline</translation>
        </message>
        <message>
            <source>regressed</source>
            <translation>verschlechtert</translation>
        </message>
        <message>
            <source>no regression</source>
            <translation>keine Verschlechterung</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>Latest run (UTC)</source>
            <translation>Letzter Lauf (UTC)</translation>
        </message>
        <message>
            <source>p95</source>
            <translation>p95</translation>
        </message>
        <message>
            <source>Throughput</source>
            <translation>Durchsatz</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Against baseline</source>
            <translation>Gegenüber Baseline</translation>
        </message>
        <message numerus="yes">
            <source>%n strain run(s) started in this period; each scenario counts by its latest. A run that was cancelled or whose load generator fell behind was not judged and counts as not passing.</source>
            <translation>
                <numerusform>%n Lasttestlauf wurde in diesem Zeitraum gestartet; jedes Szenario zählt mit seinem letzten Lauf. Ein Lauf, der abgebrochen wurde oder dessen Lastgenerator nicht mithalten konnte, wurde nicht bewertet und gilt als nicht bestanden.</numerusform>
                <numerusform>%n Lasttestläufe wurden in diesem Zeitraum gestartet; jedes Szenario zählt mit seinem letzten Lauf. Ein Lauf, der abgebrochen wurde oder dessen Lastgenerator nicht mithalten konnte, wurde nicht bewertet und gilt als nicht bestanden.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 stored snapshots and summaries in the period; %2 evaluations were read for the trend and this assessment.</source>
            <translation>%1 gespeicherte Snapshots und Zusammenfassungen im Zeitraum; %2 Auswertungen wurden für den Trend und diese Bewertung gelesen.</translation>
        </message>
        <message>
            <source>Confidence of the truth layer: %1 on average, %2 at its lowest.</source>
            <translation>Konfidenz der Wahrheitsschicht: %1 im Durchschnitt, %2 im Minimum.</translation>
        </message>
        <message>
            <source>No evaluation was stored, so no confidence can be stated.</source>
            <translation>Es wurde keine Auswertung gespeichert, daher lässt sich keine Konfidenz angeben.</translation>
        </message>
        <message>
            <source>Cost ledger: %1 of %2 days have no cost row.</source>
            <translation>Kostenjournal: An %1 von %2 Tagen gibt es keine Kostenzeile.</translation>
        </message>
        <message>
            <source>No gaps, no stale or missing metrics: every figure rests on complete data.</source>
            <translation>Keine Lücken, keine veralteten oder fehlenden Metriken: Jede Zahl beruht auf vollständigen Daten.</translation>
        </message>
        <message>
            <source>Stretches without stored data</source>
            <translation>Zeitspannen ohne gespeicherte Daten</translation>
        </message>
        <message>
            <source>From (UTC)</source>
            <translation>Von (UTC)</translation>
        </message>
        <message>
            <source>To (UTC)</source>
            <translation>Bis (UTC)</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Stale or missing metrics</source>
            <translation>Veraltete oder fehlende Metriken</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Kennzeichen</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metriken</translation>
        </message>
        <message>
            <source>Resolution of the stored data</source>
            <translation>Auflösung der gespeicherten Daten</translation>
        </message>
        <message>
            <source>Kept as</source>
            <translation>Gespeichert als</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <source>Health trend</source>
            <translation>Zustandsverlauf</translation>
        </message>
        <message>
            <source>Utilisation against tier limits</source>
            <translation>Auslastung gegenüber Stufengrenzen</translation>
        </message>
        <message>
            <source>Spend by provider</source>
            <translation>Ausgaben nach Anbieter</translation>
        </message>
        <message>
            <source>Clients over time</source>
            <translation>Kunden im Zeitverlauf</translation>
        </message>
        <message>
            <source>Scaling timeline</source>
            <translation>Skalierungszeitleiste</translation>
        </message>
        <message>
            <source>Strain test readiness</source>
            <translation>Lasttest-Bereitschaft</translation>
        </message>
        <message>
            <source>Data quality</source>
            <translation>Datenqualität</translation>
        </message>
        <message>
            <source>Growth tier</source>
            <translation>Wachstumsstufe</translation>
        </message>
        <message>
            <source>Scaling mode</source>
            <translation>Skalierungsmodus</translation>
        </message>
        <message>
            <source>Headroom</source>
            <translation>Reserve</translation>
        </message>
        <message>
            <source>Uptime</source>
            <translation>Verfügbarkeit</translation>
        </message>
        <message>
            <source>Error rate</source>
            <translation>Fehlerrate</translation>
        </message>
        <message>
            <source>AI spend</source>
            <translation>KI-Ausgaben</translation>
        </message>
        <message>
            <source>Total spend</source>
            <translation>Gesamtausgaben</translation>
        </message>
        <message>
            <source>Cost per client</source>
            <translation>Kosten pro Kunde</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>vorher %1</translation>
        </message>
        <message>
            <source>%1%2 points</source>
            <translation>%1%2 Punkte</translation>
        </message>
        <message>
            <source>%1 (%2%3)</source>
            <translation>%1 (%2%3)</translation>
        </message>
        <message>
            <source>no data was stored in this period</source>
            <translation>in diesem Zeitraum wurden keine Daten gespeichert</translation>
        </message>
        <message>
            <source>the stored data does not include this metric</source>
            <translation>die gespeicherten Daten enthalten diese Metrik nicht</translation>
        </message>
        <message>
            <source>no score was computed for the stored data</source>
            <translation>für die gespeicherten Daten wurde kein Wert berechnet</translation>
        </message>
        <message>
            <source>no connected source measures it</source>
            <translation>keine verbundene Quelle misst sie</translation>
        </message>
        <message>
            <source>no cost rows were imported for this period</source>
            <translation>für diesen Zeitraum wurden keine Kostenzeilen importiert</translation>
        </message>
        <message>
            <source>no active clients were recorded</source>
            <translation>es wurden keine aktiven Kunden erfasst</translation>
        </message>
        <message>
            <source>no costs were recorded</source>
            <translation>es wurden keine Kosten erfasst</translation>
        </message>
        <message>
            <source>no tier was placed</source>
            <translation>es wurde keine Stufe zugeordnet</translation>
        </message>
        <message>
            <source>no decisions were recorded</source>
            <translation>es wurden keine Entscheidungen erfasst</translation>
        </message>
        <message>
            <source>the tier and mode did not change</source>
            <translation>Stufe und Modus haben sich nicht geändert</translation>
        </message>
        <message>
            <source>no strain test was run in this period</source>
            <translation>in diesem Zeitraum wurde kein Lasttest ausgeführt</translation>
        </message>
        <message>
            <source>there is no cost history to project from</source>
            <translation>es gibt keinen Kostenverlauf für eine Hochrechnung</translation>
        </message>
        <message>
            <source>left out of this report</source>
            <translation>in diesem Bericht ausgelassen</translation>
        </message>
        <message>
            <source>Previous period: no data stored</source>
            <translation>Vorheriger Zeitraum: keine Daten gespeichert</translation>
        </message>
        <message>
            <source>Previous period: no cost rows</source>
            <translation>Vorheriger Zeitraum: keine Kostenzeilen</translation>
        </message>
        <message>
            <source>Previous period: no active clients</source>
            <translation>Vorheriger Zeitraum: keine aktiven Kunden</translation>
        </message>
        <message>
            <source>Previous period: not measured</source>
            <translation>Vorheriger Zeitraum: nicht gemessen</translation>
        </message>
        <message>
            <source>Previous period: —</source>
            <translation>Vorheriger Zeitraum: —</translation>
        </message>
        <message>
            <source>No decisions in this period.</source>
            <translation>Keine Entscheidungen in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>No tier or mode changes in this period.</source>
            <translation>Keine Änderungen von Stufe oder Modus in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>No strain test was run in this period, so the workspace's readiness for the next tier cannot be stated (Overview &gt; Strain tests runs them).</source>
            <translation>In diesem Zeitraum wurde kein Lasttest ausgeführt, daher lässt sich die Bereitschaft des Arbeitsbereichs für die nächste Stufe nicht angeben (Lasttests starten Sie unter Übersicht &gt; Lasttests).</translation>
        </message>
        <message>
            <source>No spend in this period: %1.</source>
            <translation>Keine Ausgaben in diesem Zeitraum: %1.</translation>
        </message>
        <message>
            <source>No health scores in this period: %1.</source>
            <translation>Keine Zustandswerte in diesem Zeitraum: %1.</translation>
        </message>
        <message>
            <source>No utilisation figures in this period: %1.</source>
            <translation>Keine Auslastungswerte in diesem Zeitraum: %1.</translation>
        </message>
        <message>
            <source>No client counts in this period: %1.</source>
            <translation>Keine Kundenzahlen in diesem Zeitraum: %1.</translation>
        </message>
        <message>
            <source>No key figures in this period: %1.</source>
            <translation>Keine Kennzahlen in diesem Zeitraum: %1.</translation>
        </message>
        <message>
            <source>Nothing to assess: %1.</source>
            <translation>Nichts zu bewerten: %1.</translation>
        </message>
        <message>
            <source>Tier changed</source>
            <translation>Stufe geändert</translation>
        </message>
        <message>
            <source>Mode set</source>
            <translation>Modus festgelegt</translation>
        </message>
        <message>
            <source>Scaling frozen</source>
            <translation>Skalierung eingefroren</translation>
        </message>
        <message>
            <source>Scaling unfrozen</source>
            <translation>Einfrieren aufgehoben</translation>
        </message>
        <message>
            <source>Automatic mode changed</source>
            <translation>Automodus geändert</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <source>Deferred</source>
            <translation>Zurückgestellt</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Implemented</source>
            <translation>Umgesetzt</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Rolled back</source>
            <translation>Zurückgesetzt</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>Not judged</source>
            <translation>Nicht bewertet</translation>
        </message>
        <message>
            <source>Within prediction</source>
            <translation>Innerhalb der Vorhersage</translation>
        </message>
        <message>
            <source>Outside prediction</source>
            <translation>Außerhalb der Vorhersage</translation>
        </message>
        <message>
            <source>No measured impact</source>
            <translation>Keine gemessene Wirkung</translation>
        </message>
        <message>
            <source>Stale</source>
            <translation>Veraltet</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Fehlend</translation>
        </message>
        <message>
            <source>Every snapshot</source>
            <translation>Jeder Snapshot</translation>
        </message>
        <message>
            <source>5-minute summaries</source>
            <translation>5-Minuten-Zusammenfassungen</translation>
        </message>
        <message>
            <source>Hourly summaries</source>
            <translation>Stündliche Zusammenfassungen</translation>
        </message>
        <message>
            <source>No data was stored in this period.</source>
            <translation>In diesem Zeitraum wurden keine Daten gespeichert.</translation>
        </message>
        <message>
            <source>1 stretch without any stored data.</source>
            <translation>1 Zeitspanne ohne gespeicherte Daten.</translation>
        </message>
        <message>
            <source>%1 stretches without any stored data.</source>
            <translation>%1 Zeitspannen ohne gespeicherte Daten.</translation>
        </message>
        <message>
            <source>1 stretch in which metrics were stale or missing</source>
            <translation>1 Zeitspanne, in der Metriken veraltet waren oder fehlten</translation>
        </message>
        <message>
            <source>%1 stretches in which metrics were stale or missing</source>
            <translation>%1 Zeitspannen, in denen Metriken veraltet waren oder fehlten</translation>
        </message>
        <message>
            <source>; recommendations were held back while they were.</source>
            <translation>; währenddessen wurden Empfehlungen zurückgehalten.</translation>
        </message>
        <message>
            <source>1 stretch kept only as 5-minute or hourly summaries</source>
            <translation>1 Zeitspanne nur als 5-Minuten- oder Stunden-Zusammenfassungen gespeichert</translation>
        </message>
        <message>
            <source>%1 stretches kept only as 5-minute or hourly summaries</source>
            <translation>%1 Zeitspannen nur als 5-Minuten- oder Stunden-Zusammenfassungen gespeichert</translation>
        </message>
        <message>
            <source> (older data is rolled up by retention).</source>
            <translation> (ältere Daten werden gemäß den Aufbewahrungsregeln verdichtet).</translation>
        </message>
        <message>
            <source>1 day without any cost row in the ledger.</source>
            <translation>1 Tag ohne Kostenzeile im Kostenjournal.</translation>
        </message>
        <message>
            <source>%1 days without any cost row in the ledger.</source>
            <translation>%1 Tage ohne Kostenzeile im Kostenjournal.</translation>
        </message>
        <message>
            <source>1 usage row without a price; its cost is not included.</source>
            <translation>1 Nutzungszeile ohne Preis; ihre Kosten sind nicht enthalten.</translation>
        </message>
        <message>
            <source>%1 usage rows without a price; their cost is not included.</source>
            <translation>%1 Nutzungszeilen ohne Preis; ihre Kosten sind nicht enthalten.</translation>
        </message>
        <message>
            <source>The period ends after this report was generated; the last %1 had not happened yet.</source>
            <translation>Der Zeitraum endet nach der Erstellung dieses Berichts; die letzten %1 lagen noch in der Zukunft.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Nächster Monat</translation>
        </message>
        <message>
            <source>Next quarter</source>
            <translation>Nächstes Quartal</translation>
        </message>
        <message>
            <source>Next year</source>
            <translation>Nächstes Jahr</translation>
        </message>
        <message>
            <source>it beat a naive forecast in backtests</source>
            <translation>sie war in Backtests besser als eine naive Prognose</translation>
        </message>
        <message>
            <source>it did not beat a naive forecast in backtests: for reference only</source>
            <translation>sie war in Backtests nicht besser als eine naive Prognose: nur zur Orientierung</translation>
        </message>
        <message>
            <source>too little history to backtest it</source>
            <translation>zu wenig Verlauf, um sie per Backtest zu prüfen</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>−$%1</source>
            <translation>−%1 $</translation>
        </message>
        <message>
            <source>$%1</source>
            <translation>%1 $</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 Tag</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 Tage</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 Tg.</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1 Tg. %2 h</translation>
        </message>
    </context>
    <context>
        <name>ScalingWording</name>
        <message>
            <source>taken on demand</source>
            <translation>auf Anforderung erstellt</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>geplant</translation>
        </message>
        <message>
            <source>catch-up after downtime</source>
            <translation>nach Ausfallzeit nachgeholt</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Täglich</translation>
        </message>
        <message>
            <source>The current tier's cadence</source>
            <translation>Rhythmus der aktuellen Stufe</translation>
        </message>
        <message>
            <source>On (recommends only)</source>
            <translation>Ein (nur Empfehlungen)</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>%1 (%2–%3 clients)</source>
            <translation>%1 (%2–%3 Kunden)</translation>
        </message>
    </context>
    <context>
        <name>SourceWording</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Waiting for the first poll</source>
            <translation>Warten auf die erste Abfrage</translation>
        </message>
        <message>
            <source>Stale</source>
            <translation>Veraltet</translation>
        </message>
        <message>
            <source>Failing</source>
            <translation>Fehlerhaft</translation>
        </message>
        <message>
            <source>Credentials missing</source>
            <translation>Zugangsdaten fehlen</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <source>Failing — %1</source>
            <translation>Fehlerhaft — %1</translation>
        </message>
        <message numerus="yes">
            <source> (%n in a row)</source>
            <translation>
                <numerusform> (%n-mal in Folge)</numerusform>
                <numerusform> (%n-mal in Folge)</numerusform>
            </translation>
        </message>
        <message>
            <source>, next retry %1</source>
            <translation>, nächster Versuch um %1</translation>
        </message>
        <message>
            <source>Stale — last success %1</source>
            <translation>Veraltet — letzter Erfolg %1</translation>
        </message>
        <message>
            <source>Stale — never read successfully</source>
            <translation>Veraltet — nie erfolgreich gelesen</translation>
        </message>
        <message numerus="yes">
            <source>OK — %n metric(s)</source>
            <translation>
                <numerusform>OK — %n Metrik</numerusform>
                <numerusform>OK — %n Metriken</numerusform>
            </translation>
        </message>
        <message>
            <source> — ⚠ TLS not verified</source>
            <translation> — ⚠ TLS nicht geprüft</translation>
        </message>
        <message>
            <source>Failing since %1 — %2: %3</source>
            <translation>Fehlerhaft seit %1 — %2: %3</translation>
        </message>
        <message>
            <source>the last poll</source>
            <translation>der letzten Abfrage</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>URL: %1</source>
            <translation>URL: %1</translation>
        </message>
        <message>
            <source>Last error: %1 — %2</source>
            <translation>Letzter Fehler: %1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>Failing since %1 (%n failure(s) in a row)</source>
            <translation>
                <numerusform>Fehlerhaft seit %1 (%n Fehlschlag in Folge)</numerusform>
                <numerusform>Fehlerhaft seit %1 (%n Fehlschläge in Folge)</numerusform>
            </translation>
        </message>
        <message>
            <source>Next retry %1</source>
            <translation>Nächster Versuch: %1</translation>
        </message>
        <message>
            <source>Next poll %1</source>
            <translation>Nächste Abfrage: %1</translation>
        </message>
        <message>
            <source>Stale since %1 (last success %2)</source>
            <translation>Veraltet seit %1 (letzter Erfolg %2)</translation>
        </message>
        <message>
            <source>Stale: no successful poll yet</source>
            <translation>Veraltet: noch keine erfolgreiche Abfrage</translation>
        </message>
        <message>
            <source>Last success %1</source>
            <translation>Letzter Erfolg: %1</translation>
        </message>
        <message>
            <source>Needs its secret: enter it in the Sources dialog (Ctrl+Shift+S).</source>
            <translation>Geheimnis fehlt: Geben Sie es im Dialog „Quellen“ ein (Strg+Umschalt+S).</translation>
        </message>
        <message>
            <source>⚠ TLS certificate verification is switched off for this source.</source>
            <translation>⚠ Die TLS-Zertifikatsprüfung ist für diese Quelle ausgeschaltet.</translation>
        </message>
        <message numerus="yes">
            <source>Polled every %n s</source>
            <translation>
                <numerusform>Abfrage alle %n s</numerusform>
                <numerusform>Abfrage alle %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>Metrics mapped by the last successful poll: %1</source>
            <translation>Von der letzten erfolgreichen Abfrage zugeordnete Metriken: %1</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>Exporter /metrics</source>
            <translation>Exporter /metrics</translation>
        </message>
        <message>
            <source>Prometheus query API</source>
            <translation>Prometheus-Abfrage-API</translation>
        </message>
        <message>
            <source>JSON document</source>
            <translation>JSON-Dokument</translation>
        </message>
        <message>
            <source>Host collector</source>
            <translation>Host-Sammler</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Bearer token</source>
            <translation>Bearer-Token</translation>
        </message>
        <message>
            <source>User name and password</source>
            <translation>Benutzername und Passwort</translation>
        </message>
        <message>
            <source>API key header</source>
            <translation>API-Schlüssel-Header</translation>
        </message>
        <message>
            <source>node_exporter (/metrics)</source>
            <translation>node_exporter (/metrics)</translation>
        </message>
        <message>
            <source>Prometheus scraping node_exporter (PromQL)</source>
            <translation>Prometheus, das node_exporter abfragt (PromQL)</translation>
        </message>
        <message>
            <source>Scrapes a node_exporter directly:
CPU, memory, disk (/) and load average.</source>
            <translation>Liest einen node_exporter direkt aus:
CPU, Arbeitsspeicher, Festplatte (/) und Systemlast.</translation>
        </message>
        <message>
            <source>Asks a Prometheus (or Thanos, Mimir, VictoriaMetrics) that scrapes node_exporter:
CPU, memory, disk (/) and load average.</source>
            <translation>Fragt ein Prometheus (oder Thanos, Mimir, VictoriaMetrics) ab, das node_exporter ausliest:
CPU, Arbeitsspeicher, Festplatte (/) und Systemlast.</translation>
        </message>
        <message>
            <source>Prometheus text 0.0.4</source>
            <translation>Prometheus-Text 0.0.4</translation>
        </message>
        <message>
            <source>OpenMetrics 1.0</source>
            <translation>OpenMetrics 1.0</translation>
        </message>
        <message>
            <source> over the process lifetime</source>
            <translation> über die Laufzeit des Prozesses</translation>
        </message>
        <message>
            <source>%1 (numbers in strings accepted)</source>
            <translation>%1 (Zahlen in Zeichenketten werden akzeptiert)</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>Counter rate</source>
            <translation>Counter-Rate</translation>
        </message>
        <message>
            <source>Counter ratio</source>
            <translation>Counter-Verhältnis</translation>
        </message>
        <message>
            <source>Gauge ratio</source>
            <translation>Gauge-Verhältnis</translation>
        </message>
        <message>
            <source>Histogram quantile</source>
            <translation>Histogramm-Quantil</translation>
        </message>
        <message>
            <source>PromQL</source>
            <translation>PromQL</translation>
        </message>
        <message>
            <source>JSON Pointer</source>
            <translation>JSON-Pointer</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <source>Warming up: a rate needs a second reading</source>
            <translation>Aufwärmphase: Eine Rate braucht einen zweiten Messwert</translation>
        </message>
        <message>
            <source>No value</source>
            <translation>Kein Wert</translation>
        </message>
        <message numerus="yes">
            <source>%1 at %2, every %3 s, %n metric(s)</source>
            <translation>
                <numerusform>%1 unter %2, alle %3 s, %n Metrik</numerusform>
                <numerusform>%1 unter %2, alle %3 s, %n Metriken</numerusform>
            </translation>
        </message>
        <message>
            <source>, disabled</source>
            <translation>, deaktiviert</translation>
        </message>
        <message>
            <source>, TLS not verified</source>
            <translation>, TLS nicht geprüft</translation>
        </message>
        <message>
            <source>renamed from %1</source>
            <translation>umbenannt, vorher %1</translation>
        </message>
        <message>
            <source>enabled</source>
            <translation>aktiviert</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>deaktiviert</translation>
        </message>
        <message>
            <source>kind %1 → %2</source>
            <translation>Art %1 → %2</translation>
        </message>
        <message>
            <source>URL %1 → %2</source>
            <translation>URL %1 → %2</translation>
        </message>
        <message>
            <source>interval %1 s → %2 s</source>
            <translation>Intervall %1 s → %2 s</translation>
        </message>
        <message>
            <source>timeout %1 ms → %2 ms</source>
            <translation>Zeitlimit %1 ms → %2 ms</translation>
        </message>
        <message>
            <source>TLS verification on</source>
            <translation>TLS-Prüfung an</translation>
        </message>
        <message>
            <source>⚠ TLS verification off</source>
            <translation>⚠ TLS-Prüfung aus</translation>
        </message>
        <message>
            <source>CA file changed</source>
            <translation>CA-Datei geändert</translation>
        </message>
        <message>
            <source>authentication changed</source>
            <translation>Authentifizierung geändert</translation>
        </message>
        <message>
            <source>headers changed</source>
            <translation>Header geändert</translation>
        </message>
        <message>
            <source>size cap changed</source>
            <translation>Größenobergrenze geändert</translation>
        </message>
        <message>
            <source>metric mapping changed</source>
            <translation>Metrikzuordnung geändert</translation>
        </message>
        <message>
            <source>Saved without changes</source>
            <translation>Ohne Änderungen gespeichert</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Dieser Computer</translation>
        </message>
    </context>
    <context>
        <name>StrainWording</name>
        <message>
            <source>Closed · 1 user</source>
            <translation>Geschlossen · 1 Nutzer</translation>
        </message>
        <message>
            <source>Closed · %1 users</source>
            <translation>Geschlossen · %1 Nutzer</translation>
        </message>
        <message>
            <source>Open · %1 req/s</source>
            <translation>Offen · %1 req/s</translation>
        </message>
        <message>
            <source>%1 s, ramp-up %2 s</source>
            <translation>%1 s, Hochlaufzeit %2 s</translation>
        </message>
        <message>
            <source>think time %1 ms</source>
            <translation>Denkzeit %1 ms</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Cancelled — not judged</source>
            <translation>Abgebrochen — nicht bewertet</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>NICHT BESTANDEN</translation>
        </message>
        <message>
            <source>Not judged</source>
            <translation>Nicht bewertet</translation>
        </message>
        <message>
            <source>ran its full duration</source>
            <translation>lief über die volle Dauer</translation>
        </message>
        <message>
            <source>stopped at its request limit</source>
            <translation>stoppte an seiner Anfragegrenze</translation>
        </message>
        <message>
            <source>stopped at its time limit</source>
            <translation>stoppte an seiner Zeitgrenze</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>wurde abgebrochen</translation>
        </message>
        <message>
            <source>This computer could not generate the load fast enough (its CPU was busy), so the latencies include its own queueing.</source>
            <translation>Dieser Computer konnte die Last nicht schnell genug erzeugen (seine CPU war ausgelastet), daher enthalten die Latenzen auch seine eigenen Wartezeiten.</translation>
        </message>
        <message>
            <source>Too many requests could not be sent on time, so the latencies are not only the server's.</source>
            <translation>Zu viele Anfragen konnten nicht rechtzeitig gesendet werden, daher stammen die Latenzen nicht allein vom Server.</translation>
        </message>
        <message>
            <source>the load generator fell behind</source>
            <translation>der Lastgenerator kam nicht hinterher</translation>
        </message>
        <message>
            <source>no request was sent</source>
            <translation>es wurde keine Anfrage gesendet</translation>
        </message>
        <message>
            <source>Response time (p95)</source>
            <translation>Antwortzeit (p95)</translation>
        </message>
        <message>
            <source>Error rate</source>
            <translation>Fehlerrate</translation>
        </message>
        <message>
            <source>Throughput</source>
            <translation>Durchsatz</translation>
        </message>
        <message>
            <source>Memory (peak)</source>
            <translation>Arbeitsspeicher (Spitze)</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>bestanden</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>nicht gemessen</translation>
        </message>
        <message>
            <source>p50</source>
            <translation>p50</translation>
        </message>
        <message>
            <source>p90</source>
            <translation>p90</translation>
        </message>
        <message>
            <source>p95</source>
            <translation>p95</translation>
        </message>
        <message>
            <source>p99</source>
            <translation>p99</translation>
        </message>
        <message>
            <source>p99.9</source>
            <translation>p99.9</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>HTTP/1.1</source>
            <translation>HTTP/1.1</translation>
        </message>
        <message>
            <source>HTTP/2</source>
            <translation>HTTP/2</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 req/s</source>
            <translation>%1 req/s</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>−%1 %</source>
            <translation>−%1 %</translation>
        </message>
        <message>
            <source>+%1 %</source>
            <translation>+%1 %</translation>
        </message>
        <message>
            <source>about %1 requests (%2 per second for %3 s)</source>
            <translation>etwa %1 Anfragen (%2 pro Sekunde über %3 s)</translation>
        </message>
        <message>
            <source>up to about %1 requests from %2 virtual users over %3 s</source>
            <translation>bis zu etwa %1 Anfragen von %2 virtuellen Nutzern über %3 s</translation>
        </message>
        <message>
            <source>as many requests as it answers from %1 virtual users without a pause for %2 s (at most %3)</source>
            <translation>so viele Anfragen, wie der Server beantwortet, von %1 virtuellen Nutzern ohne Pause über %2 s (höchstens %3)</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>CPU utilisation</source>
            <translation>CPU-Auslastung</translation>
        </message>
        <message>
            <source>Error rate</source>
            <translation>Fehlerrate</translation>
        </message>
        <message>
            <source>AI latency</source>
            <translation>KI-Latenz</translation>
        </message>
        <message>
            <source>Queue depth</source>
            <translation>Warteschlangenlänge</translation>
        </message>
        <message>
            <source>Tokens this month</source>
            <translation>Token in diesem Monat</translation>
        </message>
        <message>
            <source>Storage used</source>
            <translation>Belegter Speicher</translation>
        </message>
        <message>
            <source>Bandwidth used</source>
            <translation>Genutzte Bandbreite</translation>
        </message>
        <message>
            <source>Active clients</source>
            <translation>Aktive Kunden</translation>
        </message>
        <message>
            <source>Memory utilisation</source>
            <translation>Arbeitsspeicher-Auslastung</translation>
        </message>
        <message>
            <source>Response time p50</source>
            <translation>Antwortzeit p50</translation>
        </message>
        <message>
            <source>Response time p95</source>
            <translation>Antwortzeit p95</translation>
        </message>
        <message>
            <source>Response time p99</source>
            <translation>Antwortzeit p99</translation>
        </message>
        <message>
            <source>Database connections</source>
            <translation>Datenbankverbindungen</translation>
        </message>
        <message>
            <source>Database connection limit</source>
            <translation>Grenze für Datenbankverbindungen</translation>
        </message>
        <message>
            <source>Database CPU</source>
            <translation>Datenbank-CPU</translation>
        </message>
        <message>
            <source>Requests per minute</source>
            <translation>Anfragen pro Minute</translation>
        </message>
        <message>
            <source>Posts per day</source>
            <translation>Beiträge pro Tag</translation>
        </message>
        <message>
            <source>AI spend per day</source>
            <translation>KI-Ausgaben pro Tag</translation>
        </message>
        <message>
            <source>Early-warning events</source>
            <translation>Frühwarnereignisse</translation>
        </message>
        <message>
            <source>At-risk clients</source>
            <translation>Gefährdete Kunden</translation>
        </message>
        <message>
            <source>AI tokens per day</source>
            <translation>KI-Token pro Tag</translation>
        </message>
        <message>
            <source>Visual jobs per day</source>
            <translation>Bildjobs pro Tag</translation>
        </message>
        <message>
            <source>Concurrent jobs</source>
            <translation>Gleichzeitige Jobs</translation>
        </message>
        <message>
            <source>Visual jobs pending</source>
            <translation>Ausstehende Bildjobs</translation>
        </message>
        <message>
            <source>Visual jobs failed recently</source>
            <translation>Kürzlich fehlgeschlagene Bildjobs</translation>
        </message>
        <message>
            <source>Visual job processing time</source>
            <translation>Bearbeitungszeit der Bildjobs</translation>
        </message>
        <message>
            <source>Disk utilisation</source>
            <translation>Festplattenauslastung</translation>
        </message>
        <message>
            <source>Load average (1 min)</source>
            <translation>Systemlast (1 min)</translation>
        </message>
        <message>
            <source>Headroom</source>
            <translation>Reserve</translation>
        </message>
        <message>
            <source>Client utilisation</source>
            <translation>Kundenauslastung</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 tokens</source>
            <translation>%1 Token</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 /min</source>
            <translation>%1 /min</translation>
        </message>
        <message>
            <source>%1 /day</source>
            <translation>%1 /Tag</translation>
        </message>
        <message>
            <source>−$%1</source>
            <translation>−%1 $</translation>
        </message>
        <message>
            <source>$%1</source>
            <translation>%1 $</translation>
        </message>
        <message>
            <source>Saves %1 per month</source>
            <translation>Spart %1 pro Monat</translation>
        </message>
        <message>
            <source>Saves %1 to %2 per month</source>
            <translation>Spart %1 bis %2 pro Monat</translation>
        </message>
        <message>
            <source>%1 per month</source>
            <translation>%1 pro Monat</translation>
        </message>
        <message>
            <source>%1 to %2 per month</source>
            <translation>%1 bis %2 pro Monat</translation>
        </message>
        <message>
            <source>tokens</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>characters</source>
            <translation>Zeichen</translation>
        </message>
        <message>
            <source>requests</source>
            <translation>Anfragen</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Healthy</source>
            <translation>Gesund</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisch</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Increase</source>
            <translation>Erhöhen</translation>
        </message>
        <message>
            <source>Decrease</source>
            <translation>Verringern</translation>
        </message>
        <message>
            <source>Freeze</source>
            <translation>Einfrieren</translation>
        </message>
        <message>
            <source>Maintain current mode</source>
            <translation>Aktuellen Modus beibehalten</translation>
        </message>
        <message>
            <source>Safe to scale up</source>
            <translation>Hochskalieren ist sicher</translation>
        </message>
        <message>
            <source>Consider scaling down</source>
            <translation>Herunterskalieren erwägen</translation>
        </message>
        <message>
            <source>Freeze new onboarding</source>
            <translation>Onboarding neuer Kunden einfrieren</translation>
        </message>
        <message>
            <source>Health score %1 is below the freeze threshold %2.</source>
            <translation>Zustandswert %1 liegt unter der Einfrierschwelle %2.</translation>
        </message>
        <message>
            <source>Warning density %1 % exceeds the threshold %2 %.</source>
            <translation>Warndichte %1 % überschreitet den Schwellenwert %2 %.</translation>
        </message>
        <message>
            <source>Churn risk %1 % exceeds the threshold %2 %.</source>
            <translation>Abwanderungsrisiko %1 % überschreitet den Schwellenwert %2 %.</translation>
        </message>
        <message>
            <source>AI cost pressure %1 % exceeds the threshold %2 %.</source>
            <translation>KI-Kostendruck %1 % überschreitet den Schwellenwert %2 %.</translation>
        </message>
        <message>
            <source>Infrastructure health %1 is below the acceptable level %2.</source>
            <translation>Infrastrukturzustand %1 liegt unter dem akzeptablen Niveau %2.</translation>
        </message>
        <message>
            <source>Already at the highest scaling mode.</source>
            <translation>Bereits im höchsten Skalierungsmodus.</translation>
        </message>
        <message>
            <source>Health %1 is below the increase threshold %2.</source>
            <translation>Zustand %1 liegt unter der Schwelle für eine Erhöhung (%2).</translation>
        </message>
        <message>
            <source>Utilisation %1 is too high for safe scaling (limit %2).</source>
            <translation>Auslastung %1 ist zu hoch für sicheres Skalieren (Grenze %2).</translation>
        </message>
        <message>
            <source>Health %1 and utilisation %2 support scaling up.</source>
            <translation>Zustand %1 und Auslastung %2 sprechen für ein Hochskalieren.</translation>
        </message>
        <message>
            <source>The current mode is appropriate for health and utilisation levels.</source>
            <translation>Der aktuelle Modus passt zu Zustand und Auslastung.</translation>
        </message>
        <message>
            <source>Data confidence %1 is below the %2 needed to recommend a change.</source>
            <translation>Die Datenkonfidenz %1 liegt unter den %2, die für die Empfehlung einer Änderung nötig sind.</translation>
        </message>
        <message>
            <source>%1 active clients are outside the current mode's range (up to %2).</source>
            <translation>%1 aktive Kunden liegen außerhalb des Bereichs des aktuellen Modus (bis %2).</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <source>Deferred</source>
            <translation>Zurückgestellt</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Workspace created</source>
            <translation>Arbeitsbereich angelegt</translation>
        </message>
        <message>
            <source>Recommendation opened</source>
            <translation>Empfehlung geöffnet</translation>
        </message>
        <message>
            <source>Recommendation resolved</source>
            <translation>Empfehlung erledigt</translation>
        </message>
        <message>
            <source>Recommendation reopened</source>
            <translation>Empfehlung wieder geöffnet</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Tier changed</source>
            <translation>Stufe geändert</translation>
        </message>
        <message>
            <source>Mode advice changed</source>
            <translation>Modusempfehlung geändert</translation>
        </message>
        <message>
            <source>Source failed</source>
            <translation>Quelle fehlgeschlagen</translation>
        </message>
        <message>
            <source>Source recovered</source>
            <translation>Quelle wiederhergestellt</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Niedrig</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Invalid request</source>
            <translation>Ungültige Anfrage</translation>
        </message>
        <message>
            <source>Unreadable data</source>
            <translation>Unlesbare Daten</translation>
        </message>
        <message>
            <source>Invalid data</source>
            <translation>Ungültige Daten</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Nicht gefunden</translation>
        </message>
        <message>
            <source>File error</source>
            <translation>Dateifehler</translation>
        </message>
        <message>
            <source>Database error</source>
            <translation>Datenbankfehler</translation>
        </message>
        <message>
            <source>Network error</source>
            <translation>Netzwerkfehler</translation>
        </message>
        <message>
            <source>Timed out</source>
            <translation>Zeitüberschreitung</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>%1 is %2 (threshold %3 %4)</source>
            <translation>%1 beträgt %2 (Schwellenwert %3 %4)</translation>
        </message>
        <message>
            <source>From %1 to %2</source>
            <translation>Von %1 auf %2</translation>
        </message>
        <message>
            <source>Advice changed from %1 to %2</source>
            <translation>Empfehlung von %1 auf %2 geändert</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>%1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Grund: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>vor %n Min.</numerusform>
                <numerusform>vor %n Min.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>vor %n Std.</numerusform>
                <numerusform>vor %n Std.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>CPU cores</source>
            <translation>CPU-Kerne</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Arbeitsspeicher</translation>
        </message>
        <message>
            <source>Cron load</source>
            <translation>Cron-Last</translation>
        </message>
        <message>
            <source>Source added</source>
            <translation>Quelle hinzugefügt</translation>
        </message>
        <message>
            <source>Source changed</source>
            <translation>Quelle geändert</translation>
        </message>
        <message>
            <source>Source removed</source>
            <translation>Quelle entfernt</translation>
        </message>
        <message>
            <source>Costs imported</source>
            <translation>Kosten importiert</translation>
        </message>
        <message>
            <source>Mode set</source>
            <translation>Modus festgelegt</translation>
        </message>
        <message>
            <source>Onboarding frozen</source>
            <translation>Onboarding eingefroren</translation>
        </message>
        <message>
            <source>Onboarding unfrozen</source>
            <translation>Onboarding fortgesetzt</translation>
        </message>
        <message>
            <source>Auto-mode changed</source>
            <translation>Automatikmodus geändert</translation>
        </message>
        <message>
            <source>Scaling settings changed</source>
            <translation>Skalierungseinstellungen geändert</translation>
        </message>
        <message>
            <source>Health snapshot</source>
            <translation>Zustands-Snapshot</translation>
        </message>
        <message>
            <source>Scaling policy changed</source>
            <translation>Skalierungsrichtlinie geändert</translation>
        </message>
        <message>
            <source>Alert fired</source>
            <translation>Alarm ausgelöst</translation>
        </message>
        <message>
            <source>Alert resolved</source>
            <translation>Alarm aufgehoben</translation>
        </message>
        <message>
            <source>Notification sent</source>
            <translation>Benachrichtigung gesendet</translation>
        </message>
        <message>
            <source>Notification failed</source>
            <translation>Benachrichtigung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Outcome recorded</source>
            <translation>Ergebnis erfasst</translation>
        </message>
        <message>
            <source>Checklist item ticked</source>
            <translation>Checklistenpunkt abgehakt</translation>
        </message>
        <message>
            <source>Checklist item unticked</source>
            <translation>Haken bei Checklistenpunkt entfernt</translation>
        </message>
        <message>
            <source>Strain test run</source>
            <translation>Lasttest ausgeführt</translation>
        </message>
        <message>
            <source>Strain baseline set</source>
            <translation>Lasttest-Baseline festgelegt</translation>
        </message>
        <message>
            <source>Strain scenarios edited</source>
            <translation>Lasttest-Szenarien bearbeitet</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Dieser Computer</translation>
        </message>
        <message>
            <source>Read successfully again</source>
            <translation>Wieder erfolgreich gelesen</translation>
        </message>
        <message>
            <source>Added: %1</source>
            <translation>Hinzugefügt: %1</translation>
        </message>
        <message>
            <source>Removed: %1</source>
            <translation>Entfernt: %1</translation>
        </message>
        <message>
            <source>Renamed from %1</source>
            <translation>Umbenannt, vorher %1</translation>
        </message>
        <message>
            <source>Severity: %1</source>
            <translation>Schweregrad: %1</translation>
        </message>
        <message>
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source> (by %1)</source>
            <translation> (von %1)</translation>
        </message>
        <message>
            <source> — %1</source>
            <translation> — %1</translation>
        </message>
        <message>
            <source> (by %1) — %2</source>
            <translation> (von %1) — %2</translation>
        </message>
        <message>
            <source>Run %1: %2 — p95 %3, %4, %5 errors over %6 requests</source>
            <translation>Lauf %1: %2 — p95 %3, %4, %5 Fehler bei %6 Anfragen</translation>
        </message>
        <message>
            <source>Run %1 is the baseline%2</source>
            <translation>Lauf %1 ist die Baseline%2</translation>
        </message>
        <message>
            <source>Run %1 is the baseline, instead of run %2%3</source>
            <translation>Lauf %1 ist die Baseline anstelle von Lauf %2%3</translation>
        </message>
        <message>
            <source>added %1</source>
            <translation>hinzugefügt: %1</translation>
        </message>
        <message>
            <source>removed %1</source>
            <translation>entfernt: %1</translation>
        </message>
        <message>
            <source>changed %1</source>
            <translation>geändert: %1</translation>
        </message>
        <message>
            <source>pass criteria changed</source>
            <translation>Bestehenskriterien geändert</translation>
        </message>
        <message>
            <source>suites or limits changed</source>
            <translation>Suiten oder Grenzen geändert</translation>
        </message>
        <message>
            <source>Scenarios: %1%2</source>
            <translation>Szenarien: %1%2</translation>
        </message>
        <message>
            <source>, against the advice (%1)</source>
            <translation>, entgegen der Empfehlung (%1)</translation>
        </message>
        <message>
            <source>Mode %1 → %2%3%4</source>
            <translation>Modus %1 → %2%3%4</translation>
        </message>
        <message>
            <source>Onboarding frozen%1</source>
            <translation>Onboarding eingefroren%1</translation>
        </message>
        <message>
            <source>Onboarding unfrozen%1</source>
            <translation>Onboarding fortgesetzt%1</translation>
        </message>
        <message>
            <source>Auto-mode %1 → %2%3</source>
            <translation>Automatikmodus %1 → %2%3</translation>
        </message>
        <message>
            <source>Settings changed: %1%2</source>
            <translation>Einstellungen geändert: %1%2</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>Overall %1, mode %2, advice %3, confidence %4</source>
            <translation>Gesamt %1, Modus %2, Empfehlung %3, Konfidenz %4</translation>
        </message>
        <message>
            <source>%1: %2 → %3%4</source>
            <translation>%1: %2 → %3%4</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>kein Wert</translation>
        </message>
        <message>
            <source> (threshold %1)</source>
            <translation> (Schwellenwert %1)</translation>
        </message>
        <message>
            <source>%1: %2 at %3%4</source>
            <translation>%1: %2 bei %3%4</translation>
        </message>
        <message>
            <source>%1 resolved (was %2)</source>
            <translation>%1 aufgehoben (war %2)</translation>
        </message>
        <message>
            <source>%1 (attempts: %2)</source>
            <translation>%1 (Versuche: %2)</translation>
        </message>
        <message>
            <source>%1 failed (attempts: %2): %3</source>
            <translation>%1 fehlgeschlagen (Versuche: %2): %3</translation>
        </message>
        <message>
            <source>%1 marked %2</source>
            <translation>%1 als %2 markiert</translation>
        </message>
        <message>
            <source>; actual %1 per month</source>
            <translation>; tatsächlich %1 pro Monat</translation>
        </message>
        <message>
            <source>; %1</source>
            <translation>; %1</translation>
        </message>
        <message>
            <source>Ticked%1</source>
            <translation>Abgehakt%1</translation>
        </message>
        <message>
            <source>Unticked%1</source>
            <translation>Haken entfernt%1</translation>
        </message>
        <message>
            <source>%1 usage and %2 service cost rows (%3 new, %4 replaced), %5 to %6%7</source>
            <translation>%1 Nutzungs- und %2 Dienstkostenzeilen (%3 neu, %4 ersetzt), %5 bis %6%7</translation>
        </message>
        <message>
            <source>Demo data — Acme Analytics</source>
            <translation>Demodaten — Acme Analytics</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::AiCapacityTab</name>
        <message>
            <source>AI provider budgets</source>
            <translation>Budgets der KI-Anbieter</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <source>Cost period</source>
            <translation>Kostenzeitraum</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Dieser Monat</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Benutzerdefiniert</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>Import billing export…</source>
            <translation>Abrechnungsexport importieren…</translation>
        </message>
        <message>
            <source>Import a billing export</source>
            <translation>Abrechnungsexport importieren</translation>
        </message>
        <message>
            <source>Budgets and rates…</source>
            <translation>Budgets und Preise…</translation>
        </message>
        <message>
            <source>Edit budgets and rates</source>
            <translation>Budgets und Preise bearbeiten</translation>
        </message>
        <message>
            <source>Reading the cost ledger…</source>
            <translation>Kostenjournal wird gelesen…</translation>
        </message>
        <message>
            <source>Spent today</source>
            <translation>Heute ausgegeben</translation>
        </message>
        <message>
            <source>Spent this month</source>
            <translation>Diesen Monat ausgegeben</translation>
        </message>
        <message>
            <source>Next month, projected</source>
            <translation>Nächster Monat, hochgerechnet</translation>
        </message>
        <message>
            <source>AI provider budgets this month</source>
            <translation>Budgets der KI-Anbieter in diesem Monat</translation>
        </message>
        <message>
            <source>When each limit will be reached</source>
            <translation>Wann welche Grenze erreicht wird</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Cost by provider</source>
            <translation>Kosten nach Anbieter</translation>
        </message>
        <message>
            <source>Cost by client</source>
            <translation>Kosten nach Kunde</translation>
        </message>
        <message>
            <source>Anomalies</source>
            <translation>Anomalien</translation>
        </message>
        <message>
            <source>Infrastructure cost and efficiency</source>
            <translation>Infrastrukturkosten und Effizienz</translation>
        </message>
        <message>
            <source>The cost report could not be read: %1</source>
            <translation>Der Kostenbericht konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>%1 to %2, judged on %3. Tier: %4.</source>
            <translation>%1 bis %2, bewertet am %3. Stufe: %4.</translation>
        </message>
        <message>
            <source>The cost ledger is empty: import a billing export (CSV) to see spend, budgets, anomalies and projections. Nothing here is estimated without it.</source>
            <translation>Das Kostenjournal ist leer: Importieren Sie einen Abrechnungsexport (CSV), um Ausgaben, Budgets, Anomalien und Hochrechnungen zu sehen. Ohne ihn wird hier nichts geschätzt.</translation>
        </message>
        <message>
            <source>Days of the period without ledger rows: %1. They count as missing, not as zero.</source>
            <translation>Tage des Zeitraums ohne Journalzeilen: %1. Sie zählen als fehlend, nicht als null.</translation>
        </message>
        <message>
            <source>Usage rows without a rate for their day: %1. They are not costed.</source>
            <translation>Nutzungszeilen ohne Preis für ihren Tag: %1. Sie werden nicht bepreist.</translation>
        </message>
        <message>
            <source>Anomalies (%1)</source>
            <translation>Anomalien (%1)</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Keine Daten</translation>
        </message>
        <message>
            <source>The ledger has no row for this day.</source>
            <translation>Das Kostenjournal hat für diesen Tag keine Zeile.</translation>
        </message>
        <message>
            <source>No limit set</source>
            <translation>Keine Grenze festgelegt</translation>
        </message>
        <message>
            <source>%1 of the %2 limit</source>
            <translation>%1 der Grenze von %2</translation>
        </message>
        <message>
            <source>No budget alert.</source>
            <translation>Kein Budgetalarm.</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>No projection: the ledger has no costs yet.</source>
            <translation>Keine Hochrechnung: Das Kostenjournal enthält noch keine Kosten.</translation>
        </message>
        <message>
            <source>%1 interval %2 to %3</source>
            <translation>Intervall %1: %2 bis %3</translation>
        </message>
        <message>
            <source>no interval yet: too little spread to measure</source>
            <translation>noch kein Intervall: zu wenig Streuung zum Messen</translation>
        </message>
        <message>
            <source>growth %1 a month assumed (too little history to measure it)</source>
            <translation>Wachstum von %1 pro Monat angenommen (zu wenig Verlauf, um es zu messen)</translation>
        </message>
        <message>
            <source>growth %1 a month measured over %2 days</source>
            <translation>Wachstum von %1 pro Monat, gemessen über %2 Tage</translation>
        </message>
        <message>
            <source>confidence %1</source>
            <translation>Konfidenz %1</translation>
        </message>
        <message>
            <source>It did not beat “next month is like this month” on the history: for reference only.</source>
            <translation>Die Hochrechnung war im Verlauf nicht besser als „nächster Monat wie dieser Monat“: nur zur Orientierung.</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::AlertsPanel</name>
        <message>
            <source>Firing and pending alerts</source>
            <translation>Ausgelöste und ausstehende Alarme</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alarme</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Waiting for the first evaluation of the alert rules.</source>
            <translation>Warten auf die erste Auswertung der Alarmregeln.</translation>
        </message>
        <message>
            <source> (demo data)</source>
            <translation> (Demodaten)</translation>
        </message>
        <message>
            <source>No alert rule has been evaluated yet.</source>
            <translation>Es wurde noch keine Alarmregel ausgewertet.</translation>
        </message>
        <message>
            <source>No alert is firing or pending.</source>
            <translation>Kein Alarm ist ausgelöst oder ausstehend.</translation>
        </message>
        <message>
            <source>Firing: %1, pending: %2</source>
            <translation>Ausgelöst: %1, ausstehend: %2</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::AnomalyModel</name>
        <message>
            <source>All clients</source>
            <translation>Alle Kunden</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Tatsächlich</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Auswirkung</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::BarDelegate</name>
        <message>
            <source>not measured</source>
            <translation>nicht gemessen</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::BudgetModel</name>
        <message>
            <source>no usage data</source>
            <translation>keine Nutzungsdaten</translation>
        </message>
        <message>
            <source>%1 per month</source>
            <translation>%1 pro Monat</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Keine Daten</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Share of monthly budget used</source>
            <translation>Verbrauchter Anteil des Monatsbudgets</translation>
        </message>
        <message>
            <source>Used this month</source>
            <translation>Verbraucht in diesem Monat</translation>
        </message>
        <message>
            <source>Allocation</source>
            <translation>Kontingent</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>none in this tier</source>
            <translation>keins in dieser Stufe</translation>
        </message>
        <message>
            <source>At this pace by month end</source>
            <translation>Bei diesem Tempo zum Monatsende</translation>
        </message>
        <message>
            <source>Cost this month</source>
            <translation>Kosten in diesem Monat</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Vorschlag</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ChecklistDialog</name>
        <message>
            <source>Tier readiness</source>
            <translation>Stufenbereitschaft</translation>
        </message>
        <message>
            <source>Tier checklists</source>
            <translation>Stufen-Checklisten</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Letzte Änderung</translation>
        </message>
        <message>
            <source>Current tier unknown: no snapshot yet.</source>
            <translation>Aktuelle Stufe unbekannt: noch kein Snapshot.</translation>
        </message>
        <message>
            <source>%1 is the last tier.</source>
            <translation>%1 ist die letzte Stufe.</translation>
        </message>
        <message>
            <source>Readiness for %1: %2 — %3 of %4 items done%5</source>
            <translation>Bereitschaft für %1: %2 — %3 von %4 Punkten erledigt%5</translation>
        </message>
        <message>
            <source>, ready</source>
            <translation>, bereit</translation>
        </message>
        <message>
            <source>, not ready yet</source>
            <translation>, noch nicht bereit</translation>
        </message>
        <message>
            <source>Infrastructure</source>
            <translation>Infrastruktur</translation>
        </message>
        <message>
            <source>Upgrade requirement</source>
            <translation>Upgrade-Voraussetzung</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>never changed (as in the catalog)</source>
            <translation>nie geändert (wie im Katalog)</translation>
        </message>
        <message>
            <source>Reading the tier checklists…</source>
            <translation>Die Checklisten der Stufen werden gelesen…</translation>
        </message>
        <message>
            <source>No tier has a checklist in the catalog.</source>
            <translation>Keine Stufe hat eine Checkliste im Katalog.</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::CostProjectionChart</name>
        <message>
            <source>Projected spend from today</source>
            <translation>Hochgerechnete Ausgaben ab heute</translation>
        </message>
        <message>
            <source>Projected spend chart</source>
            <translation>Diagramm der hochgerechneten Ausgaben</translation>
        </message>
        <message>
            <source>Expected total</source>
            <translation>Erwartete Summe</translation>
        </message>
        <message>
            <source>%1 % interval</source>
            <translation>%1-%-Intervall</translation>
        </message>
        <message>
            <source>$%.0f</source>
            <translation>%.0f $</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::CostSettingsDialog</name>
        <message>
            <source>Budgets and rates</source>
            <translation>Budgets und Tarife</translation>
        </message>
        <message>
            <source>Cost Shield</source>
            <translation>Cost Shield</translation>
        </message>
        <message>
            <source>Daily limit:</source>
            <translation>Tagesgrenze:</translation>
        </message>
        <message>
            <source>Monthly limit:</source>
            <translation>Monatsgrenze:</translation>
        </message>
        <message>
            <source>Per client per day:</source>
            <translation>Pro Kunde und Tag:</translation>
        </message>
        <message>
            <source>Alert when approaching, at:</source>
            <translation>Alarm bei Annäherung, ab:</translation>
        </message>
        <message>
            <source>Budget alert levels (%):</source>
            <translation>Budget-Alarmstufen (%):</translation>
        </message>
        <message>
            <source>Provider rates</source>
            <translation>Anbietertarife</translation>
        </message>
        <message>
            <source>A rate applies from its day until the provider's next rate, so usage keeps the price of the day it happened.</source>
            <translation>Ein Tarif gilt ab seinem Tag bis zum nächsten Tarif des Anbieters, sodass Nutzung immer zum Preis des Tages abgerechnet wird, an dem sie anfiel.</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Add rate</source>
            <translation>Tarif hinzufügen</translation>
        </message>
        <message>
            <source>Remove rate</source>
            <translation>Tarif entfernen</translation>
        </message>
        <message>
            <source>Rate %1: “%2” is not a day (YYYY-MM-DD)</source>
            <translation>Tarif %1: „%2“ ist kein Datum (JJJJ-MM-TT)</translation>
        </message>
        <message>
            <source>From
(YYYY-MM-DD)</source>
            <translation>Ab
(JJJJ-MM-TT)</translation>
        </message>
        <message>
            <source>$ per 1M
input tokens</source>
            <translation>$ pro 1 Mio.
Eingabe-Token</translation>
        </message>
        <message>
            <source>$ per 1M
output tokens</source>
            <translation>$ pro 1 Mio.
Ausgabe-Token</translation>
        </message>
        <message>
            <source>$ per 1k
characters</source>
            <translation>$ pro 1.000
Zeichen</translation>
        </message>
        <message>
            <source>$ per
request</source>
            <translation>$ pro
Anfrage</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::CostShareModel</name>
        <message>
            <source>(not attributed)</source>
            <translation>(nicht zugeordnet)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::DailySpendChart</name>
        <message>
            <source>Daily spend</source>
            <translation>Tägliche Ausgaben</translation>
        </message>
        <message>
            <source>Daily spend chart</source>
            <translation>Diagramm der täglichen Ausgaben</translation>
        </message>
        <message>
            <source>Spend per day</source>
            <translation>Ausgaben pro Tag</translation>
        </message>
        <message>
            <source>Daily limit</source>
            <translation>Tagesgrenze</translation>
        </message>
        <message>
            <source>$%.0f</source>
            <translation>%.0f $</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::DecisionDialog</name>
        <message>
            <source>Accept recommendation</source>
            <translation>Empfehlung annehmen</translation>
        </message>
        <message>
            <source>Accept “%1”?</source>
            <translation>„%1“ annehmen?</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Annehmen</translation>
        </message>
        <message>
            <source>Defer recommendation</source>
            <translation>Empfehlung zurückstellen</translation>
        </message>
        <message>
            <source>Defer “%1”?</source>
            <translation>„%1“ zurückstellen?</translation>
        </message>
        <message>
            <source>Defer</source>
            <translation>Zurückstellen</translation>
        </message>
        <message>
            <source>Reject recommendation</source>
            <translation>Empfehlung ablehnen</translation>
        </message>
        <message>
            <source>Reject “%1”?</source>
            <translation>„%1“ ablehnen?</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <source>Reason for the decision</source>
            <translation>Begründung der Entscheidung</translation>
        </message>
        <message>
            <source>Why? (required)</source>
            <translation>Warum? (erforderlich)</translation>
        </message>
        <message>
            <source>Why? (optional)</source>
            <translation>Warum? (optional)</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Begründung:</translation>
        </message>
        <message>
            <source>Reason (optional):</source>
            <translation>Begründung (optional):</translation>
        </message>
        <message>
            <source>Revisit on date</source>
            <translation>Datum der Wiedervorlage</translation>
        </message>
        <message>
            <source>Revisit on:</source>
            <translation>Wiedervorlage am:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ExportBundleDialog</name>
        <message>
            <source>Export bundle</source>
            <translation>Bundle exportieren</translation>
        </message>
        <message>
            <source>Save &lt;b&gt;%1&lt;/b&gt; to one self-contained bundle file: its snapshots, recommendations, decisions, events and the catalog and policies in force, with a checksum. Secrets are never written; the export stops if one is found.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; in einer eigenständigen Bundle-Datei speichern: seine Snapshots, Empfehlungen, Entscheidungen und Ereignisse sowie den geltenden Katalog und die geltenden Richtlinien, mit einer Prüfsumme. Geheimnisse werden nie geschrieben; der Export bricht ab, wenn eines gefunden wird.</translation>
        </message>
        <message>
            <source>Bundle file</source>
            <translation>Bundle-Datei</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Durch&amp;suchen…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>Only the days &amp;from</source>
            <translation>Nur die Tage &amp;von</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Range:</source>
            <translation>Bereich:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>Headroom bundles (*.hrbundle)</source>
            <translation>Headroom-Bundles (*.hrbundle)</translation>
        </message>
        <message>
            <source>Choose where to save the bundle.</source>
            <translation>Wählen Sie, wo das Bundle gespeichert werden soll.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Der Ordner %1 existiert nicht.</translation>
        </message>
        <message>
            <source>The first day is after the last.</source>
            <translation>Der erste Tag liegt nach dem letzten.</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ExportReportDialog</name>
        <message>
            <source>Export report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <source>An investor report of &lt;b&gt;%1&lt;/b&gt; as a PDF: key figures against the previous period, the trends behind them and how sure the data is.</source>
            <translation>Ein Investorenbericht über &lt;b&gt;%1&lt;/b&gt; als PDF: Kennzahlen im Vergleich zum vorherigen Zeitraum, die Trends dahinter und wie verlässlich die Daten sind.</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>Reading history…</source>
            <translation>Verlauf wird gelesen…</translation>
        </message>
        <message>
            <source>Preparing preview…</source>
            <translation>Vorschau wird vorbereitet…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Dieses Quartal</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Vorjahr</translation>
        </message>
        <message>
            <source>Whole history</source>
            <translation>Gesamter Verlauf</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Benutzerdefiniert</translation>
        </message>
        <message>
            <source>Period preset</source>
            <translation>Zeitraumvorgabe</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>Vor&amp;gabe:</translation>
        </message>
        <message>
            <source>First day of the period</source>
            <translation>Erster Tag des Zeitraums</translation>
        </message>
        <message>
            <source>Last day of the period, included</source>
            <translation>Letzter Tag des Zeitraums (einschließlich)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>(UTC days, both included)</source>
            <translation>(UTC-Tage, jeweils einschließlich)</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Abschnitte</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Deckblatt</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Firmenname</translation>
        </message>
        <message>
            <source>&amp;Company name:</source>
            <translation>&amp;Firmenname:</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Kein Logo</translation>
        </message>
        <message>
            <source>Logo file</source>
            <translation>Logodatei</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>PDF-Datei</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Durch&amp;suchen…</translation>
        </message>
        <message>
            <source>P&amp;DF:</source>
            <translation>P&amp;DF:</translation>
        </message>
        <message>
            <source>Also write CSV tables to folder:</source>
            <translation>Zusätzlich CSV-Tabellen in Ordner schreiben:</translation>
        </message>
        <message>
            <source>CSV folder</source>
            <translation>CSV-Ordner</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Also write JSON to file:</source>
            <translation>Zusätzlich JSON in Datei schreiben:</translation>
        </message>
        <message>
            <source>JSON file</source>
            <translation>JSON-Datei</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Preview of the report's first page</source>
            <translation>Vorschau der ersten Berichtsseite</translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>Export abbrechen</translation>
        </message>
        <message>
            <source>Open &amp;PDF</source>
            <translation>&amp;PDF öffnen</translation>
        </message>
        <message>
            <source>Open f&amp;older</source>
            <translation>&amp;Ordner öffnen</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>The stored history's span is not known yet</source>
            <translation>Die Spanne des gespeicherten Verlaufs ist noch nicht bekannt</translation>
        </message>
        <message>
            <source>Choose the period's first and last day.</source>
            <translation>Wählen Sie den ersten und den letzten Tag des Zeitraums.</translation>
        </message>
        <message>
            <source>The period ends before it starts: choose a To day on or after the From day.</source>
            <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie als Bis-Tag denselben oder einen späteren Tag als den Von-Tag.</translation>
        </message>
        <message>
            <source>Choose at least one section.</source>
            <translation>Wählen Sie mindestens einen Abschnitt.</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>No preview: %1</source>
            <translation>Keine Vorschau: %1</translation>
        </message>
        <message>
            <source>The preview could not be prepared:
%1</source>
            <translation>Die Vorschau konnte nicht vorbereitet werden:
%1</translation>
        </message>
        <message>
            <source>Page 1 of %1, as it will print.</source>
            <translation>Seite 1 von %1, so wie sie gedruckt wird.</translation>
        </message>
        <message>
            <source>This image cannot be read (%1); the report is made without a logo.</source>
            <translation>Dieses Bild kann nicht gelesen werden (%1); der Bericht wird ohne Logo erstellt.</translation>
        </message>
        <message>
            <source>Save report as</source>
            <translation>Bericht speichern unter</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Folder for the CSV tables</source>
            <translation>Ordner für die CSV-Tabellen</translation>
        </message>
        <message>
            <source>Save JSON as</source>
            <translation>JSON speichern unter</translation>
        </message>
        <message>
            <source>JSON documents (*.json)</source>
            <translation>JSON-Dokumente (*.json)</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Logo auswählen</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</translation>
        </message>
        <message>
            <source>Drawing page %1 of %2…</source>
            <translation>Seite %1 von %2 wird erstellt…</translation>
        </message>
        <message>
            <source>Finishing the PDF…</source>
            <translation>PDF wird fertiggestellt…</translation>
        </message>
        <message>
            <source>Report saved: %1</source>
            <translation>Bericht gespeichert: %1</translation>
        </message>
        <message>
            <source>Also written: %1</source>
            <translation>Außerdem geschrieben: %1</translation>
        </message>
        <message>
            <source>Cancelled: no file was written or replaced.</source>
            <translation>Abgebrochen: Es wurde keine Datei geschrieben oder ersetzt.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::HistoryModel</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>… and %n earlier</source>
            <translation>
                <numerusform>… und %n frühere</numerusform>
                <numerusform>… und %n frühere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mode advice changed (%n times)</source>
            <translation>
                <numerusform>Modusvorschlag geändert (%n-mal)</numerusform>
                <numerusform>Modusvorschlag geändert (%n-mal)</numerusform>
            </translation>
        </message>
        <message>
            <source>Now %1</source>
            <translation>Jetzt: %1</translation>
        </message>
        <message numerus="yes">
            <source>Changed %n times between %1 and %2; latest: %3</source>
            <translation>
                <numerusform>Zwischen %1 und %2 %n-mal geändert; zuletzt: %3</numerusform>
                <numerusform>Zwischen %1 und %2 %n-mal geändert; zuletzt: %3</numerusform>
            </translation>
        </message>
        <message>
            <source>Decision: %1</source>
            <translation>Entscheidung: %1</translation>
        </message>
        <message>
            <source>No reason given</source>
            <translation>Keine Begründung angegeben</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Begründung: %1</translation>
        </message>
        <message>
            <source> — revisit on %1</source>
            <translation> — Wiedervorlage am %1</translation>
        </message>
        <message>
            <source> — by %1</source>
            <translation> — durch %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Gegenstand</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::HistoryTab</name>
        <message>
            <source>Decisions and key events</source>
            <translation>Entscheidungen und wichtige Ereignisse</translation>
        </message>
        <message>
            <source>All kinds, including mode advice</source>
            <translation>Alle Arten, einschließlich Modushinweisen</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Entscheidungen</translation>
        </message>
        <message>
            <source>“Decisions and key events” hides mode-advice changes and source recoveries; choose “All kinds” to see them.</source>
            <translation>„Entscheidungen und wichtige Ereignisse“ blendet Änderungen der Modushinweise und Wiederherstellungen von Quellen aus; wählen Sie „Alle Arten“, um sie zu sehen.</translation>
        </message>
        <message>
            <source>Kind of history entries</source>
            <translation>Art der Verlaufseinträge</translation>
        </message>
        <message>
            <source>History from date</source>
            <translation>Verlauf ab Datum</translation>
        </message>
        <message>
            <source>History to date</source>
            <translation>Verlauf bis Datum</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>A&amp;rt:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>T&amp;o:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Refresh history</source>
            <translation>Verlauf aktualisieren</translation>
        </message>
        <message>
            <source>Read the history again (F5)</source>
            <translation>Verlauf neu lesen (F5)</translation>
        </message>
        <message>
            <source>Mode-advice changes and source recoveries are hidden. Choose “All kinds” to see them; runs of advice changes are folded into one row.</source>
            <translation>Änderungen der Modushinweise und Wiederherstellungen von Quellen sind ausgeblendet. Wählen Sie „Alle Arten“, um sie zu sehen; Folgen von Hinweisänderungen werden zu einer Zeile zusammengefasst.</translation>
        </message>
        <message>
            <source>History of decisions and events</source>
            <translation>Verlauf der Entscheidungen und Ereignisse</translation>
        </message>
        <message>
            <source>Loading history…</source>
            <translation>Verlauf wird geladen…</translation>
        </message>
        <message>
            <source>No decisions or events in this period.</source>
            <translation>Keine Entscheidungen oder Ereignisse in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>Search subject, detail, reason, actor…</source>
            <translation>Betreff, Detail, Begründung, Akteur suchen…</translation>
        </message>
        <message>
            <source>Search the history</source>
            <translation>Verlauf durchsuchen</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Suche löschen</translation>
        </message>
        <message>
            <source>&amp;Verify history</source>
            <translation>Verlauf &amp;prüfen</translation>
        </message>
        <message>
            <source>Verify history</source>
            <translation>Verlauf prüfen</translation>
        </message>
        <message>
            <source>Check that no event or decision was altered or removed since it was recorded (hash chain)</source>
            <translation>Prüfen, dass seit der Aufzeichnung kein Ereignis und keine Entscheidung geändert oder entfernt wurde (Hash-Kette)</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>&amp;CSV exportieren…</translation>
        </message>
        <message>
            <source>Export the history shown as CSV</source>
            <translation>Angezeigten Verlauf als CSV exportieren</translation>
        </message>
        <message>
            <source>Save the rows shown (after the kind, dates and search) as CSV</source>
            <translation>Die angezeigten Zeilen (nach Art, Datum und Suche) als CSV speichern</translation>
        </message>
        <message>
            <source>Verifying the history…</source>
            <translation>Verlauf wird geprüft…</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Export history as CSV</source>
            <translation>Verlauf als CSV exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Export history</source>
            <translation>Verlauf exportieren</translation>
        </message>
        <message>
            <source>Event %1</source>
            <translation>Ereignis %1</translation>
        </message>
        <message>
            <source>Decision %1</source>
            <translation>Entscheidung %1</translation>
        </message>
        <message>
            <source>%1 (%2, %3, %4)</source>
            <translation>%1 (%2, %3, %4)</translation>
        </message>
        <message>
            <source>event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>%1 was altered: its content no longer matches its hash.</source>
            <translation>%1 wurde geändert: Der Inhalt stimmt nicht mehr mit seinem Hash überein.</translation>
        </message>
        <message>
            <source>%1 holds the content written as %2 %3: entries were swapped or moved.</source>
            <translation>%1 enthält den Inhalt, der als %2 %3 geschrieben wurde: Einträge wurden vertauscht oder verschoben.</translation>
        </message>
        <message>
            <source>%1 does not continue the chain: an entry between %2 %3 and it was removed.</source>
            <translation>%1 setzt die Kette nicht fort: Ein Eintrag zwischen %2 %3 und diesem wurde entfernt.</translation>
        </message>
        <message>
            <source>%1 does not continue the chain: the first entries were removed.</source>
            <translation>%1 setzt die Kette nicht fort: Die ersten Einträge wurden entfernt.</translation>
        </message>
        <message>
            <source>%1 continues %2 %3 instead of the entry before it: entries were reordered.</source>
            <translation>%1 setzt %2 %3 fort statt des Eintrags davor: Einträge wurden umsortiert.</translation>
        </message>
        <message>
            <source>The newest entries (%1 of them) after %2 %3 were removed.</source>
            <translation>Die neuesten Einträge (%1) nach %2 %3 wurden entfernt.</translation>
        </message>
        <message>
            <source>The newest %1 does not match the recorded head: the newest entries were replaced or the head was altered.</source>
            <translation>Der neueste Eintrag (%1) stimmt nicht mit dem aufgezeichneten Kettenkopf überein: Die neuesten Einträge wurden ersetzt, oder der Kettenkopf wurde geändert.</translation>
        </message>
        <message>
            <source>The recorded head of the %1 chain was removed.</source>
            <translation>Der aufgezeichnete Kettenkopf (%1) wurde entfernt.</translation>
        </message>
        <message>
            <source>History verified: %1 events and %2 decisions are intact. Head %3 (decisions %4): note it somewhere else to prove later that nothing was rewritten.</source>
            <translation>Verlauf geprüft: %1 Ereignisse und %2 Entscheidungen sind intakt. Kettenkopf %3 (Entscheidungen %4): Notieren Sie ihn an anderer Stelle, um später nachweisen zu können, dass nichts umgeschrieben wurde.</translation>
        </message>
        <message>
            <source>The append-only protection is missing (%1).</source>
            <translation>Der Schutz „nur anhängen“ fehlt (%1).</translation>
        </message>
        <message>
            <source>The history was tampered with. %1</source>
            <translation>Der Verlauf wurde manipuliert. %1</translation>
        </message>
        <message>
            <source>The history could not be verified: %1</source>
            <translation>Der Verlauf konnte nicht geprüft werden: %1</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::HistoryTimelineChart</name>
        <message>
            <source>Timeline of scaling modes, decisions and events</source>
            <translation>Zeitleiste der Skalierungsmodi, Entscheidungen und Ereignisse</translation>
        </message>
        <message>
            <source>Configured mode</source>
            <translation>Eingestellter Modus</translation>
        </message>
        <message>
            <source>Advised mode</source>
            <translation>Empfohlener Modus</translation>
        </message>
        <message>
            <source>Decision: %1</source>
            <translation>Entscheidung: %1</translation>
        </message>
        <message>
            <source>Other key events</source>
            <translation>Weitere wichtige Ereignisse</translation>
        </message>
        <message>
            <source>Mode %1</source>
            <translation>Modus %1</translation>
        </message>
        <message>
            <source>%1: mode set from %2 to %3</source>
            <translation>%1: Modus von %2 auf %3 gesetzt</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>%1: advice %2 (%3)</source>
            <translation>%1: Empfehlung %2 (%3)</translation>
        </message>
        <message>
            <source>%1: %2 “%3” by %4</source>
            <translation>%1: %2 „%3“ von %4</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Grund: %1</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::JobProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancelling… nothing is kept.</source>
            <translation>Wird abgebrochen… nichts wird behalten.</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::LimitForecastModel</name>
        <message>
            <source>Limit</source>
            <translation>Grenze</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>How it did on the history</source>
            <translation>Treffsicherheit im Verlauf</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::MainWindow</name>
        <message>
            <source>Headroom</source>
            <translation>Headroom</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>AI capacity</source>
            <translation>KI-Kapazität</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Console sections</source>
            <translation>Konsolenbereiche</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Wird gestartet…</translation>
        </message>
        <message>
            <source>Recording the decision…</source>
            <translation>Entscheidung wird aufgezeichnet…</translation>
        </message>
        <message>
            <source>&amp;Workspace:</source>
            <translation>&amp;Arbeitsbereich:</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>&amp;Range:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>Last 24 hours</source>
            <translation>Letzte 24 Stunden</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <source>Chart time range</source>
            <translation>Zeitraum der Diagramme</translation>
        </message>
        <message>
            <source>Not updated yet</source>
            <translation>Noch nicht aktualisiert</translation>
        </message>
        <message>
            <source>Time of the latest snapshot</source>
            <translation>Zeitpunkt des neuesten Snapshots</translation>
        </message>
        <message>
            <source>Last updated %1</source>
            <translation>Zuletzt aktualisiert: %1</translation>
        </message>
        <message>
            <source>&amp;Poll now</source>
            <translation>&amp;Jetzt abfragen</translation>
        </message>
        <message>
            <source>Poll now</source>
            <translation>Jetzt abfragen</translation>
        </message>
        <message>
            <source>Decision recorded: %1</source>
            <translation>Entscheidung aufgezeichnet: %1</translation>
        </message>
        <message>
            <source>Polling the live sources…</source>
            <translation>Live-Quellen werden abgefragt…</translation>
        </message>
        <message>
            <source>%1 [demo]</source>
            <translation>%1 [Demo]</translation>
        </message>
        <message>
            <source>No workspaces in the database.</source>
            <translation>Keine Arbeitsbereiche in der Datenbank.</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>%1 wird geladen…</translation>
        </message>
        <message>
            <source>Headroom — %1 [Demo data]</source>
            <translation>Headroom — %1 [Demodaten]</translation>
        </message>
        <message>
            <source>Headroom — %1</source>
            <translation>Headroom — %1</translation>
        </message>
        <message>
            <source>Recommendations (%1)</source>
            <translation>Empfehlungen (%1)</translation>
        </message>
        <message>
            <source>Showing %1</source>
            <translation>Angezeigt: %1</translation>
        </message>
        <message>
            <source>No snapshot yet</source>
            <translation>Noch kein Snapshot</translation>
        </message>
        <message>
            <source>Latest stored snapshot: %1 (%2)</source>
            <translation>Neuester gespeicherter Snapshot: %1 (%2)</translation>
        </message>
        <message>
            <source>No snapshot has been stored for this workspace yet</source>
            <translation>Für diesen Arbeitsbereich wurde noch kein Snapshot gespeichert</translation>
        </message>
        <message>
            <source>The demo workspace has no live sources to poll; F5 reloads the view</source>
            <translation>Der Demo-Arbeitsbereich hat keine Live-Quellen zum Abfragen; F5 lädt die Ansicht neu</translation>
        </message>
        <message>
            <source>Read the live sources now instead of waiting for the next poll (F5)</source>
            <translation>Die Live-Quellen jetzt lesen, statt auf die nächste Abfrage zu warten (F5)</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>%1 anzeigen</translation>
        </message>
        <message>
            <source>Poll now and refresh</source>
            <translation>Jetzt abfragen und aktualisieren</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Decision not recorded</source>
            <translation>Entscheidung nicht aufgezeichnet</translation>
        </message>
        <message>
            <source>The decision could not be recorded.</source>
            <translation>Die Entscheidung konnte nicht aufgezeichnet werden.</translation>
        </message>
        <message>
            <source>Background error — %1</source>
            <translation>Hintergrundfehler — %1</translation>
        </message>
        <message>
            <source>The engine could not start.

%1</source>
            <translation>Die Engine konnte nicht gestartet werden.

%1</translation>
        </message>
        <message>
            <source>The secret of source %1 could not be read from the keychain%2; enter it in Sources (Ctrl+Shift+S).</source>
            <translation>Das Geheimnis der Quelle %1 konnte nicht aus dem Schlüsselbund gelesen werden%2; geben Sie es unter Quellen ein (Strg+Umschalt+S).</translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <source>&amp;Sources…</source>
            <translation>&amp;Quellen…</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <source>Add, edit, test and remove the live workspace's metric sources (%1)</source>
            <translation>Metrikquellen des Live-Arbeitsbereichs hinzufügen, bearbeiten, testen und entfernen (%1)</translation>
        </message>
        <message>
            <source>The workspaces have not been read yet.</source>
            <translation>Die Arbeitsbereiche wurden noch nicht gelesen.</translation>
        </message>
        <message>
            <source>Sources…</source>
            <translation>Quellen…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>S&amp;caling</source>
            <translation>&amp;Skalierung</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>More menus</source>
            <translation>Weitere Menüs</translation>
        </message>
        <message>
            <source>&amp;About Headroom</source>
            <translation>Ü&amp;ber Headroom</translation>
        </message>
        <message>
            <source>About Headroom</source>
            <translation>Über Headroom</translation>
        </message>
        <message>
            <source>&lt;b&gt;Headroom&lt;/b&gt; %1&lt;br&gt;When and how to scale, from your own telemetry.</source>
            <translation>&lt;b&gt;Headroom&lt;/b&gt; %1&lt;br&gt;Wann und wie Sie skalieren sollten – auf Basis Ihrer eigenen Telemetrie.</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Nichts importiert</translation>
        </message>
        <message>
            <source>The billing export was not imported; the ledger is unchanged.</source>
            <translation>Der Abrechnungsexport wurde nicht importiert; das Kostenjournal ist unverändert.</translation>
        </message>
        <message>
            <source>No keychain stored the secret of channel %1 (%2): it is kept for this session only.</source>
            <translation>Kein Schlüsselbund hat das Geheimnis des Kanals %1 gespeichert (%2): Es wird nur für diese Sitzung aufbewahrt.</translation>
        </message>
        <message>
            <source>&amp;Notifications…</source>
            <translation>&amp;Benachrichtigungen…</translation>
        </message>
        <message>
            <source>Imported %1 usage and %2 service cost rows from %3</source>
            <translation>%1 Nutzungszeilen und %2 Dienstkostenzeilen aus %3 importiert</translation>
        </message>
        <message>
            <source>Budgets and rates</source>
            <translation>Budgets und Preise</translation>
        </message>
        <message>
            <source>The budgets and rates could not be saved to %1; they apply until the console closes.</source>
            <translation>Die Budgets und Preise konnten nicht in %1 gespeichert werden; sie gelten, bis die Konsole geschlossen wird.</translation>
        </message>
        <message>
            <source>Budgets and rates updated</source>
            <translation>Budgets und Preise aktualisiert</translation>
        </message>
        <message>
            <source>Import a billing export</source>
            <translation>Abrechnungsexport importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>%1 wird importiert…</translation>
        </message>
        <message>
            <source>Seed 000's key metrics: acceptance rate = accepted of decided recommendations; accuracy = outcomes whose actual impact fell within the prediction, of those with an impact entered or measured</source>
            <translation>Kennzahlen nach Seed 000: Annahmequote = angenommene unter den entschiedenen Empfehlungen; Genauigkeit = Ergebnisse, deren tatsächliche Auswirkung innerhalb der Vorhersage lag, unter denen mit eingegebener oder gemessener Auswirkung</translation>
        </message>
        <message>
            <source>Tier readiness…</source>
            <translation>Stufenbereitschaft…</translation>
        </message>
        <message>
            <source>Outcome recorded: %1</source>
            <translation>Ergebnis aufgezeichnet: %1</translation>
        </message>
        <message>
            <source>That recommendation is not shown any more.</source>
            <translation>Diese Empfehlung wird nicht mehr angezeigt.</translation>
        </message>
        <message>
            <source>&amp;Verify history</source>
            <translation>Verlauf &amp;prüfen</translation>
        </message>
        <message>
            <source>Check that no event or decision was altered or removed</source>
            <translation>Prüfen, dass kein Ereignis und keine Entscheidung geändert oder entfernt wurde</translation>
        </message>
        <message>
            <source>Scaling policies…</source>
            <translation>Skalierungsrichtlinien…</translation>
        </message>
        <message>
            <source>Scaling policies saved; the change to %1 is in the history</source>
            <translation>Skalierungsrichtlinien gespeichert; die Änderung an %1 steht im Verlauf</translation>
        </message>
        <message>
            <source>Scaling policies</source>
            <translation>Skalierungsrichtlinien</translation>
        </message>
        <message>
            <source>The scaling policies could not be saved to %1; they apply until the console closes.</source>
            <translation>Die Skalierungsrichtlinien konnten nicht in %1 gespeichert werden; sie gelten, bis die Konsole geschlossen wird.</translation>
        </message>
        <message>
            <source>Recording the policy change…</source>
            <translation>Richtlinienänderung wird aufgezeichnet…</translation>
        </message>
        <message>
            <source>Scaling policies saved</source>
            <translation>Skalierungsrichtlinien gespeichert</translation>
        </message>
        <message>
            <source>Replay state</source>
            <translation>Wiedergabestatus</translation>
        </message>
        <message>
            <source>&amp;Open bundle…</source>
            <translation>Bundle ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open a saved bundle read-only, beside the live workspace</source>
            <translation>Ein gespeichertes Bundle schreibgeschützt neben dem Live-Arbeitsbereich öffnen</translation>
        </message>
        <message>
            <source>Open bundle</source>
            <translation>Bundle öffnen</translation>
        </message>
        <message>
            <source>Headroom bundles (*.hrbundle);;All files (*)</source>
            <translation>Headroom-Bundles (*.hrbundle);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>&amp;Export bundle…</source>
            <translation>Bundle &amp;exportieren…</translation>
        </message>
        <message>
            <source>Save the shown workspace, or some of its days, to a bundle file for offline replay</source>
            <translation>Den angezeigten Arbeitsbereich oder einige seiner Tage für die Offline-Wiedergabe in einer Bundle-Datei speichern</translation>
        </message>
        <message>
            <source>&amp;Close bundle</source>
            <translation>Bundle s&amp;chließen</translation>
        </message>
        <message>
            <source>Forget the shown bundle; its file stays as it is</source>
            <translation>Das angezeigte Bundle schließen; seine Datei bleibt, wie sie ist</translation>
        </message>
        <message>
            <source>&amp;Replay</source>
            <translation>&amp;Wiedergabe</translation>
        </message>
        <message>
            <source>Show &amp;timeline</source>
            <translation>&amp;Zeitleiste anzeigen</translation>
        </message>
        <message>
            <source>Scrub through the stored history; every tab shows the state at the cursor</source>
            <translation>Durch den gespeicherten Verlauf navigieren; jeder Tab zeigt den Stand an der Cursorposition</translation>
        </message>
        <message>
            <source>&amp;What if…</source>
            <translation>&amp;Was-wäre-wenn…</translation>
        </message>
        <message>
            <source>Re-run the engine over the stored history with other limits and see which advice would have come earlier or later</source>
            <translation>Die Engine mit anderen Grenzen erneut über den gespeicherten Verlauf laufen lassen und sehen, welche Hinweise früher oder später gekommen wären</translation>
        </message>
        <message>
            <source>Cancelled; nothing was kept.</source>
            <translation>Abgebrochen; es wurde nichts übernommen.</translation>
        </message>
        <message>
            <source>This bundle is already open as %1.</source>
            <translation>Dieses Bundle ist bereits als %1 geöffnet.</translation>
        </message>
        <message>
            <source>Opened %1 read-only.</source>
            <translation>%1 schreibgeschützt geöffnet.</translation>
        </message>
        <message>
            <source> It came from an older version and was brought up to date; the file itself is unchanged.</source>
            <translation> Es stammte aus einer älteren Version und wurde aktualisiert; die Datei selbst ist unverändert.</translation>
        </message>
        <message>
            <source>Bundle saved: %1 (%2, sha256 %3…)</source>
            <translation>Bundle gespeichert: %1 (%2, sha256 %3…)</translation>
        </message>
        <message>
            <source>Closed %1; its file is unchanged.</source>
            <translation>%1 geschlossen; die Datei ist unverändert.</translation>
        </message>
        <message>
            <source>What if: %1 (%2)</source>
            <translation>Was-wäre-wenn: %1 (%2)</translation>
        </message>
        <message>
            <source>Bundle not opened</source>
            <translation>Bundle nicht geöffnet</translation>
        </message>
        <message>
            <source>Bundle not written</source>
            <translation>Bundle nicht geschrieben</translation>
        </message>
        <message>
            <source>The bundle could not be opened; nothing was changed.</source>
            <translation>Das Bundle konnte nicht geöffnet werden; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The bundle could not be written; no file was left behind.</source>
            <translation>Das Bundle konnte nicht geschrieben werden; es wurde keine Datei zurückgelassen.</translation>
        </message>
        <message>
            <source>The stored history cannot be read: %1</source>
            <translation>Der gespeicherte Verlauf kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>BUNDLE</source>
            <translation>BUNDLE</translation>
        </message>
        <message>
            <source>Read-only: %1 is a saved bundle; what it shows was stored when it was exported, and nothing in it can change.</source>
            <translation>Schreibgeschützt: %1 ist ein gespeichertes Bundle; was es zeigt, wurde beim Export gespeichert, und nichts darin kann sich ändern.</translation>
        </message>
        <message>
            <source>This is an opened bundle, read-only: decisions are recorded in a live workspace.</source>
            <translation>Dies ist ein geöffnetes Bundle (schreibgeschützt): Entscheidungen werden in einem Live-Arbeitsbereich aufgezeichnet.</translation>
        </message>
        <message>
            <source>You are looking at %1. Decisions apply to the present: press Latest on the timeline to decide.</source>
            <translation>Sie sehen den Stand vom %1. Entscheidungen gelten für die Gegenwart: Klicken Sie in der Zeitleiste auf „Aktuell“, um zu entscheiden.</translation>
        </message>
        <message>
            <source>Nothing has been stored for this workspace yet: there is no history to replay.</source>
            <translation>Für diesen Arbeitsbereich wurde noch nichts gespeichert: Es gibt keinen Verlauf zum Wiedergeben.</translation>
        </message>
        <message>
            <source>Reading the stored history…</source>
            <translation>Gespeicherter Verlauf wird gelesen…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Bundle %1&lt;/b&gt;, read-only · stored %2 to %3 · showing &lt;b&gt;%4&lt;/b&gt; as it was stored.</source>
            <translation>&lt;b&gt;Bundle %1&lt;/b&gt;, schreibgeschützt · gespeichert von %2 bis %3 · zeigt den gespeicherten Stand vom &lt;b&gt;%4&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Replaying: every tab shows &lt;b&gt;%1&lt;/b&gt; as it was stored, read-only. &lt;a href="latest"&gt;Back to latest&lt;/a&gt;</source>
            <translation>Wiedergabe: Jeder Tab zeigt den gespeicherten Stand vom &lt;b&gt;%1&lt;/b&gt;, schreibgeschützt. &lt;a href="latest"&gt;Zurück zum aktuellen Stand&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Live: the tabs show the latest state. Move the cursor to see an earlier moment.</source>
            <translation>Live: Die Tabs zeigen den aktuellen Stand. Bewegen Sie den Cursor, um einen früheren Zeitpunkt zu sehen.</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>%1 wird geöffnet…</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>Bundle exportieren</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>%1 wird exportiert…</translation>
        </message>
        <message>
            <source>Reading the stored history first; try again in a moment.</source>
            <translation>Der gespeicherte Verlauf wird zuerst gelesen; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Export &amp;report…</source>
            <translation>Be&amp;richt exportieren…</translation>
        </message>
        <message>
            <source>Write an investor report of the shown workspace as a PDF, with CSV tables and JSON if wanted</source>
            <translation>Einen Investorenbericht des angezeigten Arbeitsbereichs als PDF schreiben, auf Wunsch mit CSV-Tabellen und JSON</translation>
        </message>
        <message>
            <source>The report could not be made: %1
No file was written or replaced.</source>
            <translation>Der Bericht konnte nicht erstellt werden: %1
Es wurde keine Datei geschrieben oder ersetzt.</translation>
        </message>
        <message>
            <source>No workspace is shown yet.</source>
            <translation>Es wird noch kein Arbeitsbereich angezeigt.</translation>
        </message>
        <message>
            <source>The PDF could not be written: %1
No file was replaced.</source>
            <translation>Das PDF konnte nicht geschrieben werden: %1
Es wurde keine Datei ersetzt.</translation>
        </message>
        <message>
            <source>Writing the CSV tables…</source>
            <translation>CSV-Tabellen werden geschrieben…</translation>
        </message>
        <message>
            <source>the folder cannot be created</source>
            <translation>der Ordner kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>The PDF was saved as %1, but the CSV tables could not be written to %2 (%3).</source>
            <translation>Das PDF wurde als %1 gespeichert, aber die CSV-Tabellen konnten nicht in %2 geschrieben werden (%3).</translation>
        </message>
        <message>
            <source>Writing the JSON…</source>
            <translation>JSON wird geschrieben…</translation>
        </message>
        <message>
            <source>The PDF was saved as %1, but the JSON could not be written to %2 (%3).</source>
            <translation>Das PDF wurde als %1 gespeichert, aber das JSON konnte nicht in %2 geschrieben werden (%3).</translation>
        </message>
        <message>
            <source>Report saved: %1</source>
            <translation>Bericht gespeichert: %1</translation>
        </message>
        <message>
            <source>Scaling change recorded in the history</source>
            <translation>Skalierungsänderung im Verlauf aufgezeichnet</translation>
        </message>
        <message>
            <source>Health snapshot taken</source>
            <translation>Zustands-Snapshot erstellt</translation>
        </message>
        <message>
            <source>Scaling change not recorded</source>
            <translation>Skalierungsänderung nicht aufgezeichnet</translation>
        </message>
        <message>
            <source>Health snapshot not taken</source>
            <translation>Zustands-Snapshot nicht erstellt</translation>
        </message>
        <message>
            <source>Set &amp;mode…</source>
            <translation>&amp;Modus festlegen…</translation>
        </message>
        <message>
            <source>&amp;Freeze or unfreeze onboarding…</source>
            <translation>Onboarding &amp;einfrieren oder freigeben…</translation>
        </message>
        <message>
            <source>Take &amp;health snapshot now</source>
            <translation>&amp;Zustands-Snapshot jetzt erstellen</translation>
        </message>
        <message>
            <source>Scaling &amp;settings…</source>
            <translation>&amp;Skalierungseinstellungen…</translation>
        </message>
        <message>
            <source>Recording the scaling change…</source>
            <translation>Skalierungsänderung wird aufgezeichnet…</translation>
        </message>
        <message>
            <source>Freeze onboarding</source>
            <translation>Onboarding einfrieren</translation>
        </message>
        <message>
            <source>Unfreeze onboarding</source>
            <translation>Onboarding freigeben</translation>
        </message>
        <message>
            <source>Stop onboarding new clients in this environment until you unfreeze it. Nothing else changes; the reason is kept in the history.</source>
            <translation>Die Aufnahme neuer Kunden in dieser Umgebung anhalten, bis Sie sie wieder freigeben. Sonst ändert sich nichts; die Begründung wird im Verlauf festgehalten.</translation>
        </message>
        <message>
            <source>Reopen onboarding. Optionally say why; it is kept in the history.</source>
            <translation>Onboarding wieder freigeben. Optional eine Begründung angeben; sie wird im Verlauf festgehalten.</translation>
        </message>
        <message>
            <source>Strain tests</source>
            <translation>Lasttests</translation>
        </message>
        <message>
            <source>Find out how much load your service takes before your users do: run a scenario against it, watch throughput and response times, and compare the result with a baseline.</source>
            <translation>Finden Sie heraus, wie viel Last Ihr Dienst verträgt, bevor Ihre Nutzer es merken: Führen Sie ein Szenario gegen ihn aus, beobachten Sie Durchsatz und Antwortzeiten und vergleichen Sie das Ergebnis mit einer Baseline.</translation>
        </message>
        <message>
            <source>Strain tests…</source>
            <translation>Lasttests…</translation>
        </message>
        <message>
            <source>Open strain tests</source>
            <translation>Lasttests öffnen</translation>
        </message>
        <message>
            <source>S&amp;train tests…</source>
            <translation>&amp;Lasttests…</translation>
        </message>
        <message>
            <source>Run a load against your service and compare it with a baseline</source>
            <translation>Last gegen Ihren Dienst erzeugen und mit einer Baseline vergleichen</translation>
        </message>
        <message>
            <source>A strain test is running on %1; cancel it or let it finish first.</source>
            <translation>Auf %1 läuft ein Lasttest; brechen Sie ihn ab oder lassen Sie ihn zuerst zu Ende laufen.</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Welcome…</source>
            <translation>&amp;Willkommen…</translation>
        </message>
        <message>
            <source>&amp;Show Headroom</source>
            <translation>Headroom &amp;anzeigen</translation>
        </message>
        <message>
            <source>Restart Headroom?</source>
            <translation>Headroom neu starten?</translation>
        </message>
        <message>
            <source>The new language is used after a restart. Restart Headroom now?</source>
            <translation>Die neue Sprache gilt nach einem Neustart. Headroom jetzt neu starten?</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>Jetzt &amp;neu starten</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>Preferences saved</source>
            <translation>Einstellungen gespeichert</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <source>Verifying the history</source>
            <translation>Verlauf wird geprüft</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>&amp;Tastenkürzel…</translation>
        </message>
        <message>
            <source>&amp;Import billing export…</source>
            <translation>Abrechnungsexport &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;Budgets and rates…</source>
            <translation>B&amp;udgets und Preise…</translation>
        </message>
        <message>
            <source>Importing %1</source>
            <translation>%1 wird importiert</translation>
        </message>
        <message>
            <source>DEMO DATA</source>
            <translation>DEMODATEN</translation>
        </message>
        <message>
            <source>Generated sample data, not your business: every figure in this workspace is made up.</source>
            <translation>Erzeugte Beispieldaten, nicht Ihr Unternehmen: Jede Zahl in diesem Arbeitsbereich ist erfunden.</translation>
        </message>
        <message>
            <source>Demo data: generated, not your business</source>
            <translation>Demodaten: erzeugt, nicht Ihr Unternehmen</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::MetricChart</name>
        <message>
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <source>Metrics shown in the chart</source>
            <translation>Im Diagramm angezeigte Metriken</translation>
        </message>
        <message>
            <source>No history yet — the chart fills in as snapshots are stored.</source>
            <translation>Noch kein Verlauf — das Diagramm füllt sich, sobald Snapshots gespeichert werden.</translation>
        </message>
        <message>
            <source>Utilisation over time chart</source>
            <translation>Diagramm der Auslastung im Zeitverlauf</translation>
        </message>
        <message>
            <source>Key metrics (CPU and error rate)</source>
            <translation>Kernmetriken (CPU und Fehlerrate)</translation>
        </message>
        <message>
            <source>Utilisation of tier limit</source>
            <translation>Auslastung der Stufengrenze</translation>
        </message>
        <message>
            <source>Warning (%1 %)</source>
            <translation>Warnung (%1 %)</translation>
        </message>
        <message>
            <source>Critical (%1 %)</source>
            <translation>Kritisch (%1 %)</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::NotificationSettingsDialog</name>
        <message>
            <source>Notifications</source>
            <translation>Benachrichtigungen</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>New channel</source>
            <translation>Neuer Kanal</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Aktiviert</translation>
        </message>
        <message>
            <source>smtp://mail.example.com:587, or https://hooks.example.com/{token}</source>
            <translation>smtp://mail.example.com:587 oder https://hooks.example.com/{token}</translation>
        </message>
        <message>
            <source>addresses separated by commas</source>
            <translation>Adressen, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>Require STARTTLS</source>
            <translation>STARTTLS erzwingen</translation>
        </message>
        <message>
            <source>kept in the system keychain, never in the database</source>
            <translation>wird im Schlüsselbund des Systems aufbewahrt, nie in der Datenbank</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Used for</source>
            <translation>Verwendet für</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Absender</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Password or token</source>
            <translation>Passwort oder Token</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Send test</source>
            <translation>Test senden</translation>
        </message>
        <message>
            <source>Recent deliveries</source>
            <translation>Letzte Zustellungen</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Letzter Fehler</translation>
        </message>
        <message>
            <source>Saved channel '%1'.</source>
            <translation>Kanal „%1“ gespeichert.</translation>
        </message>
        <message>
            <source>Removed channel '%1'.</source>
            <translation>Kanal „%1“ entfernt.</translation>
        </message>
        <message>
            <source>Sending a test notification through '%1'…</source>
            <translation>Testbenachrichtigung wird über „%1“ gesendet…</translation>
        </message>
        <message>
            <source>Test sent through '%1' (attempts: %2).</source>
            <translation>Test über „%1“ gesendet (Versuche: %2).</translation>
        </message>
        <message>
            <source>Test failed (attempts: %1): %2</source>
            <translation>Test fehlgeschlagen (Versuche: %1): %2</translation>
        </message>
        <message>
            <source>Not done: %1</source>
            <translation>Nicht ausgeführt: %1</translation>
        </message>
        <message>
            <source> (disabled)</source>
            <translation> (deaktiviert)</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Save the channel first.</source>
            <translation>Speichern Sie zuerst den Kanal.</translation>
        </message>
        <message>
            <source>Queueing a test notification…</source>
            <translation>Testbenachrichtigung wird eingereiht…</translation>
        </message>
        <message>
            <source>No notification channel yet — add one to get alerts by Slack, webhook or e-mail.</source>
            <translation>Noch kein Benachrichtigungskanal — fügen Sie einen hinzu, um Alarme per Slack, Webhook oder E-Mail zu erhalten.</translation>
        </message>
        <message>
            <source>No deliveries yet.</source>
            <translation>Noch keine Zustellungen.</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::OutcomeDialog</name>
        <message>
            <source>Record outcome — %1</source>
            <translation>Ergebnis erfassen — %1</translation>
        </message>
        <message>
            <source>Predicted: %1</source>
            <translation>Vorhergesagt: %1</translation>
        </message>
        <message>
            <source>Predicted: no template in the catalog</source>
            <translation>Vorhergesagt: keine Vorlage im Katalog</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Beleg: %1</translation>
        </message>
        <message>
            <source>Latest outcome: %1</source>
            <translation>Letztes Ergebnis: %1</translation>
        </message>
        <message>
            <source>Entered: %1 a month</source>
            <translation>Eingetragen: %1 pro Monat</translation>
        </message>
        <message>
            <source>Entered: no cost</source>
            <translation>Eingetragen: keine Kosten</translation>
        </message>
        <message>
            <source>Measured: %1 from %2 to %3</source>
            <translation>Gemessen: %1 von %2 auf %3</translation>
        </message>
        <message>
            <source>Measured: not enough data</source>
            <translation>Gemessen: nicht genug Daten</translation>
        </message>
        <message>
            <source>No outcome recorded yet.</source>
            <translation>Noch kein Ergebnis erfasst.</translation>
        </message>
        <message>
            <source>Outcome status</source>
            <translation>Ergebnisstatus</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>optional, e.g. 150 or -40 for a saving</source>
            <translation>optional, z. B. 150 oder -40 für eine Einsparung</translation>
        </message>
        <message>
            <source>Actual monthly cost impact (USD)</source>
            <translation>Tatsächliche monatliche Kostenwirkung (USD)</translation>
        </message>
        <message>
            <source>What happened (optional)</source>
            <translation>Was geschehen ist (optional)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Actual monthly cost impact</source>
            <translation>Tatsächliche monatliche Kostenwirkung</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Erfassen</translation>
        </message>
        <message>
            <source>The actual cost must be a number of dollars, e.g. 150 or -40.</source>
            <translation>Die tatsächlichen Kosten müssen ein Dollarbetrag sein, z. B. 150 oder -40.</translation>
        </message>
        <message>
            <source>The actual cost must be within ±10,000,000 USD a month.</source>
            <translation>Die tatsächlichen Kosten müssen innerhalb von ±10.000.000 USD pro Monat liegen.</translation>
        </message>
        <message>
            <source>The note may hold at most 2000 characters.</source>
            <translation>Die Notiz darf höchstens 2000 Zeichen enthalten.</translation>
        </message>
        <message>
            <source>Prediction</source>
            <translation>Vorhersage</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::OverviewTab</name>
        <message>
            <source>No snapshot yet — waiting for the first poll.</source>
            <translation>Noch kein Snapshot — warten auf die erste Abfrage.</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Scaling mode</source>
            <translation>Skalierungsmodus</translation>
        </message>
        <message>
            <source>Infrastructure health</source>
            <translation>Infrastrukturzustand</translation>
        </message>
        <message>
            <source>AI cost pressure</source>
            <translation>KI-Kostendruck</translation>
        </message>
        <message>
            <source>Warning density</source>
            <translation>Warndichte</translation>
        </message>
        <message>
            <source>Churn risk</source>
            <translation>Abwanderungsrisiko</translation>
        </message>
        <message>
            <source>Health score</source>
            <translation>Zustandswert</translation>
        </message>
        <message>
            <source>Headroom</source>
            <translation>Reserve</translation>
        </message>
        <message>
            <source>Utilisation of tier limits</source>
            <translation>Auslastung der Stufengrenzen</translation>
        </message>
        <message>
            <source>Utilisation over time</source>
            <translation>Auslastung im Zeitverlauf</translation>
        </message>
        <message>
            <source>Data quality and sources</source>
            <translation>Datenqualität und Quellen</translation>
        </message>
        <message>
            <source>Sources and their freshness</source>
            <translation>Quellen und ihre Aktualität</translation>
        </message>
        <message>
            <source>Demo data is generated; it has no live sources to poll.</source>
            <translation>Demodaten werden erzeugt; es gibt keine Live-Quellen zum Abfragen.</translation>
        </message>
        <message>
            <source>No live sources are configured for this workspace.</source>
            <translation>Für diesen Arbeitsbereich sind keine Live-Quellen eingerichtet.</translation>
        </message>
        <message>
            <source>For %1 to %2 clients</source>
            <translation>Für %1 bis %2 Kunden</translation>
        </message>
        <message>
            <source>Unknown tier</source>
            <translation>Unbekannte Stufe</translation>
        </message>
        <message>
            <source>%1 of %2 clients</source>
            <translation>%1 von %2 Kunden</translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <source>Active clients: not measured</source>
            <translation>Aktive Kunden: nicht gemessen</translation>
        </message>
        <message>
            <source>%1 mode</source>
            <translation>Modus %1</translation>
        </message>
        <message>
            <source>Recommended: %1 — %2</source>
            <translation>Empfohlen: %1 — %2</translation>
        </message>
        <message>
            <source> (to %1)</source>
            <translation> (auf %1)</translation>
        </message>
        <message>
            <source>No reasons given.</source>
            <translation>Keine Gründe angegeben.</translation>
        </message>
        <message>
            <source>Confidence: %1</source>
            <translation>Konfidenz: %1</translation>
        </message>
        <message>
            <source>⚠ Blocked by the truth layer: “%1” was indicated, but the data is too thin to act on.</source>
            <translation>⚠ Von der Wahrheitsschicht blockiert: „%1“ wäre angezeigt, aber die Datenlage ist zu dünn, um danach zu handeln.</translation>
        </message>
        <message>
            <source>⚠ Blocked by the truth layer: the data is too thin to recommend a change.</source>
            <translation>⚠ Von der Wahrheitsschicht blockiert: Die Datenlage ist zu dünn, um eine Änderung zu empfehlen.</translation>
        </message>
        <message>
            <source>%1 / 100 overall</source>
            <translation>%1 / 100 gesamt</translation>
        </message>
        <message>
            <source>Overall: no data</source>
            <translation>Gesamt: keine Daten</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>nicht gemessen</translation>
        </message>
        <message>
            <source>The overall score averages only the measured scores. Not measured: %1. Data confidence is %2.</source>
            <translation>Der Gesamtwert mittelt nur die gemessenen Werte. Nicht gemessen: %1. Die Datenkonfidenz beträgt %2.</translation>
        </message>
        <message>
            <source>The overall score combines all four scores. Data confidence is %1.</source>
            <translation>Der Gesamtwert fasst alle vier Werte zusammen. Die Datenkonfidenz beträgt %1.</translation>
        </message>
        <message>
            <source>%1 % headroom</source>
            <translation>%1 % Reserve</translation>
        </message>
        <message>
            <source>Headroom: no data</source>
            <translation>Reserve: keine Daten</translation>
        </message>
        <message>
            <source>Accepting new clients: yes</source>
            <translation>Aufnahme neuer Kunden: ja</translation>
        </message>
        <message>
            <source>Accepting new clients: no</source>
            <translation>Aufnahme neuer Kunden: nein</translation>
        </message>
        <message>
            <source>Prepare the upgrade to %1.</source>
            <translation>Bereiten Sie das Upgrade auf %1 vor.</translation>
        </message>
        <message>
            <source>Data confidence %1</source>
            <translation>Datenkonfidenz %1</translation>
        </message>
        <message>
            <source> (complete %1, fresh %2) — snapshot of %3</source>
            <translation> (vollständig %1, aktuell %2) — Snapshot vom %3</translation>
        </message>
        <message>
            <source>Missing: none</source>
            <translation>Fehlend: keine</translation>
        </message>
        <message>
            <source>Missing: %1</source>
            <translation>Fehlend: %1</translation>
        </message>
        <message>
            <source>Stale: none</source>
            <translation>Veraltet: keine</translation>
        </message>
        <message>
            <source>Stale: %1</source>
            <translation>Veraltet: %1</translation>
        </message>
        <message>
            <source>Nearest limits</source>
            <translation>Nächste Grenzen</translation>
        </message>
        <message>
            <source>Forecasting…</source>
            <translation>Prognose wird berechnet…</translation>
        </message>
        <message>
            <source>Latest readings</source>
            <translation>Letzte Messwerte</translation>
        </message>
        <message>
            <source>Manage sources…</source>
            <translation>Quellen verwalten…</translation>
        </message>
        <message>
            <source>Manage sources</source>
            <translation>Quellen verwalten</translation>
        </message>
        <message>
            <source>Add, edit, test and remove metric sources (Ctrl+Shift+S)</source>
            <translation>Metrikquellen hinzufügen, bearbeiten, testen und entfernen (Strg+Umschalt+S)</translation>
        </message>
        <message>
            <source>No limit is forecast to be reached. Without the history or the trend for a date: %1.</source>
            <translation>Für keine Grenze wird ein Erreichen prognostiziert. Ohne Verlauf oder Trend für ein Datum: %1.</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>dieser Computer</translation>
        </message>
        <message>
            <source>%1 %2 (%3)</source>
            <translation>%1 %2 (%3)</translation>
        </message>
        <message>
            <source>Latest readings: none</source>
            <translation>Letzte Messwerte: keine</translation>
        </message>
        <message>
            <source>Latest readings: %1</source>
            <translation>Letzte Messwerte: %1</translation>
        </message>
        <message>
            <source>⚠ Partial: from %1 of 4 scores</source>
            <translation>⚠ Unvollständig: aus %1 von 4 Werten</translation>
        </message>
        <message>
            <source>From all 4 scores</source>
            <translation>Aus allen 4 Werten</translation>
        </message>
        <message>
            <source>Accepting new clients: not known</source>
            <translation>Aufnahme neuer Kunden: unbekannt</translation>
        </message>
        <message>
            <source>Not enough data to advise: %1 not measured.</source>
            <translation>Zu wenige Daten für eine Empfehlung: %1 nicht gemessen.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::PolicyEditorDialog</name>
        <message>
            <source>Scaling policies</source>
            <translation>Skalierungsrichtlinien</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>Arbeitslast</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Herkunft</translation>
        </message>
        <message>
            <source>Weight; full scale %1</source>
            <translation>Gewichtung; Vollausschlag bei %1</translation>
        </message>
        <message>
            <source>Weight: %1</source>
            <translation>Gewichtung: %1</translation>
        </message>
        <message>
            <source>Scale up above</source>
            <translation>Hochskalieren über</translation>
        </message>
        <message>
            <source>Scale down below</source>
            <translation>Herunterskalieren unter</translation>
        </message>
        <message>
            <source>Hysteresis band</source>
            <translation>Hystereseband</translation>
        </message>
        <message>
            <source>Scale-up cooldown</source>
            <translation>Abklingzeit nach Hochskalieren</translation>
        </message>
        <message>
            <source>Scale-down cooldown</source>
            <translation>Abklingzeit nach Herunterskalieren</translation>
        </message>
        <message>
            <source>Minimum instances</source>
            <translation>Mindestanzahl Instanzen</translation>
        </message>
        <message>
            <source>Maximum instances</source>
            <translation>Höchstanzahl Instanzen</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schrittweite</translation>
        </message>
        <message>
            <source>Clone…</source>
            <translation>Klonen…</translation>
        </message>
        <message>
            <source>Make active</source>
            <translation>Aktivieren</translation>
        </message>
        <message>
            <source>%1 (clone)</source>
            <translation>%1 (Klon)</translation>
        </message>
        <message>
            <source>★ %1 — active</source>
            <translation>★ %1 — aktiv</translation>
        </message>
        <message>
            <source>Clone of %1</source>
            <translation>Klon von %1</translation>
        </message>
        <message>
            <source>Built-in template (read-only: clone it to edit)</source>
            <translation>Integrierte Vorlage (schreibgeschützt: zum Bearbeiten klonen)</translation>
        </message>
        <message>
            <source>%1 (my copy)</source>
            <translation>%1 (meine Kopie)</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>System default (%1)</source>
            <translation>Systemvorgabe (%1)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Erscheinungsbild</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>&amp;Appearance:</source>
            <translation>&amp;Erscheinungsbild:</translation>
        </message>
        <message>
            <source>Show the health in the system &amp;tray</source>
            <translation>Zustand im Systemabschnitt der &amp;Kontrollleiste anzeigen</translation>
        </message>
        <message>
            <source>This desktop has no system tray now; alerts show in the status bar instead.</source>
            <translation>Diese Arbeitsumgebung hat zurzeit keinen Systemabschnitt; Alarme erscheinen stattdessen in der Statusleiste.</translation>
        </message>
        <message>
            <source>Show the &amp;welcome screen at start</source>
            <translation>&amp;Willkommensbildschirm beim Start anzeigen</translation>
        </message>
        <message>
            <source>The new language is used once Headroom restarts; you can restart it right after saving.</source>
            <translation>Die neue Sprache gilt, sobald Headroom neu startet; Sie können direkt nach dem Speichern neu starten.</translation>
        </message>
        <message>
            <source>Tray icon</source>
            <translation>Symbol im Systemabschnitt</translation>
        </message>
        <message>
            <source>Welcome screen at start</source>
            <translation>Willkommensbildschirm beim Start</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::RecommendationDetail</name>
        <message>
            <source>Select a recommendation to see its evidence, cost and steps.</source>
            <translation>Wählen Sie eine Empfehlung aus, um ihre Belege, Kosten und Schritte zu sehen.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <source>Cost impact</source>
            <translation>Kostenauswirkung</translation>
        </message>
        <message>
            <source>Recommendation title</source>
            <translation>Titel der Empfehlung</translation>
        </message>
        <message>
            <source>Accept…</source>
            <translation>Annehmen…</translation>
        </message>
        <message>
            <source>Defer…</source>
            <translation>Zurückstellen…</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>Ablehnen…</translation>
        </message>
        <message>
            <source>Accept recommendation</source>
            <translation>Empfehlung annehmen</translation>
        </message>
        <message>
            <source>Accept the selected recommendation</source>
            <translation>Die ausgewählte Empfehlung annehmen</translation>
        </message>
        <message>
            <source>Defer recommendation</source>
            <translation>Empfehlung zurückstellen</translation>
        </message>
        <message>
            <source>Defer the selected recommendation to a later date</source>
            <translation>Die ausgewählte Empfehlung auf einen späteren Zeitpunkt zurückstellen</translation>
        </message>
        <message>
            <source>Reject recommendation</source>
            <translation>Empfehlung ablehnen</translation>
        </message>
        <message>
            <source>Reject the selected recommendation (a reason is required)</source>
            <translation>Die ausgewählte Empfehlung ablehnen (eine Begründung ist erforderlich)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Implementation and rollback steps</source>
            <translation>Schritte zur Umsetzung und zum Zurücksetzen</translation>
        </message>
        <message>
            <source>%1 · severity %2 · first seen %3 · last seen %4</source>
            <translation>%1 · Schweregrad %2 · erstmals gesehen %3 · zuletzt gesehen %4</translation>
        </message>
        <message>
            <source> · revisit on %1</source>
            <translation> · Wiedervorlage am %1</translation>
        </message>
        <message>
            <source>
Impact %1 · risk %2 · effort %3 · confidence %4 %</source>
            <translation>
Wirkung %1 · Risiko %2 · Aufwand %3 · Konfidenz %4 %</translation>
        </message>
        <message>
            <source>This recommendation type is not in the current catalog.</source>
            <translation>Dieser Empfehlungstyp ist nicht im aktuellen Katalog enthalten.</translation>
        </message>
        <message>
            <source>No measured evidence was stored.</source>
            <translation>Es wurden keine gemessenen Belege gespeichert.</translation>
        </message>
        <message>
            <source> — %1</source>
            <translation> — %1</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>None listed</source>
            <translation>Keine angegeben</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Implementation steps</source>
            <translation>Umsetzungsschritte</translation>
        </message>
        <message>
            <source>Rollback steps</source>
            <translation>Schritte zum Zurücksetzen</translation>
        </message>
        <message>
            <source>Record outcome…</source>
            <translation>Ergebnis erfassen…</translation>
        </message>
        <message>
            <source>Record what became of this accepted recommendation</source>
            <translation>Erfassen, was aus dieser angenommenen Empfehlung geworden ist</translation>
        </message>
        <message>
            <source>Record outcome</source>
            <translation>Ergebnis erfassen</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::RecommendationsModel</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Empfehlung</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Konfidenz</translation>
        </message>
        <message>
            <source>First seen</source>
            <translation>Erstmals gesehen</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Zuletzt gesehen</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::RecommendationsTab</name>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Anzeigen:</translation>
        </message>
        <message>
            <source>Which recommendations to show</source>
            <translation>Welche Empfehlungen angezeigt werden</translation>
        </message>
        <message>
            <source>Open and deferred</source>
            <translation>Offene und zurückgestellte</translation>
        </message>
        <message>
            <source>All, including decided and resolved</source>
            <translation>Alle, auch entschiedene und erledigte</translation>
        </message>
        <message>
            <source>No recommendations: nothing needs attention.</source>
            <translation>Keine Empfehlungen: Nichts erfordert Aufmerksamkeit.</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>Right-click to choose the columns</source>
            <translation>Rechtsklick zum Auswählen der Spalten</translation>
        </message>
        <message numerus="yes">
            <source>%n shown</source>
            <translation>
                <numerusform>%n angezeigt</numerusform>
                <numerusform>%n angezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n open</source>
            <translation>
                <numerusform>, %n offen</numerusform>
                <numerusform>, %n offen</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendations have been raised for this workspace yet.</source>
            <translation>Für diesen Arbeitsbereich wurden noch keine Empfehlungen ausgesprochen.</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ResourceMonitorPanel</name>
        <message>
            <source>Resource monitor</source>
            <translation>Ressourcenmonitor</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Metrik</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisch</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>7-day trend</source>
            <translation>7-Tage-Trend</translation>
        </message>
        <message>
            <source>Visual job risk</source>
            <translation>Risiko visueller Jobs</translation>
        </message>
        <message>
            <source>Cron load</source>
            <translation>Cron-Last</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Keine Daten</translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2 von %3)</translation>
        </message>
        <message>
            <source>%1 (the tier sets no limit)</source>
            <translation>%1 (die Stufe setzt keine Grenze)</translation>
        </message>
        <message>
            <source>Visual job risk score %1 (parts: queue %2, failures %3, processing time %4)</source>
            <translation>Risikowert visueller Jobs %1 (Anteile: Warteschlange %2, Fehlschläge %3, Verarbeitungszeit %4)</translation>
        </message>
        <message>
            <source>Visual job risk score: not measured (needs pending jobs, recent failures and processing time).</source>
            <translation>Risikowert visueller Jobs: nicht gemessen (erfordert ausstehende Jobs, aktuelle Fehlschläge und Verarbeitungszeit).</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ScalingConfigDialog</name>
        <message>
            <source>Minimum health to move up (0–100):</source>
            <translation>Mindest-Zustandswert für einen Aufstieg (0–100):</translation>
        </message>
        <message>
            <source>Maximum utilisation to move up (0–1):</source>
            <translation>Maximale Auslastung für einen Aufstieg (0–1):</translation>
        </message>
        <message>
            <source>Freeze onboarding below health (0–100):</source>
            <translation>Onboarding einfrieren unter Zustandswert (0–100):</translation>
        </message>
        <message>
            <source>Maximum warning density (0–1):</source>
            <translation>Maximale Warnungsdichte (0–1):</translation>
        </message>
        <message>
            <source>Maximum churn risk (0–1):</source>
            <translation>Maximales Abwanderungsrisiko (0–1):</translation>
        </message>
        <message>
            <source>Maximum AI cost pressure (0–1):</source>
            <translation>Maximaler KI-Kostendruck (0–1):</translation>
        </message>
        <message>
            <source>Minimum data confidence for a change (0–1):</source>
            <translation>Mindest-Datenkonfidenz für eine Änderung (0–1):</translation>
        </message>
        <message>
            <source>Minimum infrastructure health (0–100):</source>
            <translation>Mindest-Infrastrukturzustand (0–100):</translation>
        </message>
        <message>
            <source>Scaling settings</source>
            <translation>Skalierungseinstellungen</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Umgebung</translation>
        </message>
        <message>
            <source>Health snapshot cadence</source>
            <translation>Intervall der Zustands-Snapshots</translation>
        </message>
        <message>
            <source>Environment:</source>
            <translation>Umgebung:</translation>
        </message>
        <message>
            <source>Health snapshots:</source>
            <translation>Zustands-Snapshots:</translation>
        </message>
        <message>
            <source>Mode limits</source>
            <translation>Modusgrenzen</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Min clients</source>
            <translation>Min. Kunden</translation>
        </message>
        <message>
            <source>Max clients</source>
            <translation>Max. Kunden</translation>
        </message>
        <message>
            <source>Max posts/day</source>
            <translation>Max. Beiträge/Tag</translation>
        </message>
        <message>
            <source>Max AI spend/day ($)</source>
            <translation>Max. KI-Ausgaben/Tag ($)</translation>
        </message>
        <message>
            <source>Guardrails</source>
            <translation>Leitplanken</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Why (kept in the history; optional)</source>
            <translation>Warum (wird im Verlauf gespeichert; optional)</translation>
        </message>
        <message>
            <source>Demo workspace: the change stays in the demo.</source>
            <translation>Demo-Arbeitsbereich: Die Änderung bleibt in der Demo.</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Begründung:</translation>
        </message>
        <message>
            <source>'%1' is not a whole number</source>
            <translation>„%1“ ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>„%1“ ist keine Zahl</translation>
        </message>
        <message>
            <source>'%1' is not an amount in dollars</source>
            <translation>„%1“ ist kein Dollarbetrag</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ScalingPanel</name>
        <message>
            <source>Scaling control</source>
            <translation>Skalierungssteuerung</translation>
        </message>
        <message>
            <source>Demo workspace: changes here are recorded in the demo's history only.</source>
            <translation>Demo-Arbeitsbereich: Änderungen hier werden nur im Verlauf der Demo erfasst.</translation>
        </message>
        <message>
            <source>Auto-mode (highlights the advice; never changes the mode)</source>
            <translation>Automodus (hebt den Vorschlag hervor; ändert nie den Modus)</translation>
        </message>
        <message>
            <source>Environment:</source>
            <translation>Umgebung:</translation>
        </message>
        <message>
            <source>Configured mode:</source>
            <translation>Eingestellter Modus:</translation>
        </message>
        <message>
            <source>Advice:</source>
            <translation>Vorschlag:</translation>
        </message>
        <message>
            <source>Onboarding:</source>
            <translation>Onboarding:</translation>
        </message>
        <message>
            <source>Health snapshots:</source>
            <translation>Zustands-Snapshots:</translation>
        </message>
        <message>
            <source>Take health snapshot now</source>
            <translation>Zustands-Snapshot jetzt erstellen</translation>
        </message>
        <message>
            <source>Set mode…</source>
            <translation>Modus festlegen…</translation>
        </message>
        <message>
            <source>Freeze onboarding…</source>
            <translation>Onboarding einfrieren…</translation>
        </message>
        <message>
            <source>Scaling settings…</source>
            <translation>Skalierungseinstellungen…</translation>
        </message>
        <message>
            <source>Set scaling mode</source>
            <translation>Skalierungsmodus festlegen</translation>
        </message>
        <message>
            <source>Freeze or unfreeze onboarding</source>
            <translation>Onboarding einfrieren oder Einfrieren aufheben</translation>
        </message>
        <message>
            <source>Scaling settings</source>
            <translation>Skalierungseinstellungen</translation>
        </message>
        <message>
            <source>Auto-mode</source>
            <translation>Automodus</translation>
        </message>
        <message>
            <source>None yet: no stored snapshot to judge from.</source>
            <translation>Noch keiner: kein gespeicherter Snapshot zur Beurteilung.</translation>
        </message>
        <message>
            <source> (confidence %1)</source>
            <translation> (Konfidenz %1)</translation>
        </message>
        <message>
            <source>A change is held back: the data is too incomplete or stale.</source>
            <translation>Eine Änderung wird zurückgehalten: Die Daten sind zu unvollständig oder veraltet.</translation>
        </message>
        <message>
            <source>Auto-mode is on: the advice differs from the configured mode. Use “Set mode…” to follow it.</source>
            <translation>Der Automodus ist an: Der Vorschlag weicht vom eingestellten Modus ab. Verwenden Sie „Modus festlegen…“, um ihm zu folgen.</translation>
        </message>
        <message>
            <source>Frozen since %1 by %2: %3</source>
            <translation>Eingefroren seit %1 durch %2: %3</translation>
        </message>
        <message>
            <source>Unfreeze…</source>
            <translation>Einfrieren aufheben…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Last %1 (%2): overall %3, %4</source>
            <translation>Zuletzt %1 (%2): gesamt %3, %4</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <source>None taken yet</source>
            <translation>Noch keiner erstellt</translation>
        </message>
        <message>
            <source>, next %1</source>
            <translation>, nächster am %1</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ScalingReasonDialog</name>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::SetModeDialog</name>
        <message>
            <source>Set scaling mode</source>
            <translation>Skalierungsmodus festlegen</translation>
        </message>
        <message>
            <source>New mode</source>
            <translation>Neuer Modus</translation>
        </message>
        <message>
            <source>Why (kept in the history)</source>
            <translation>Warum (wird im Verlauf gespeichert)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Current mode:</source>
            <translation>Aktueller Modus:</translation>
        </message>
        <message>
            <source>Advised mode:</source>
            <translation>Vorgeschlagener Modus:</translation>
        </message>
        <message>
            <source>No advice (no data to judge from)</source>
            <translation>Kein Vorschlag (keine Daten zur Beurteilung)</translation>
        </message>
        <message>
            <source>New mode:</source>
            <translation>Neuer Modus:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Begründung:</translation>
        </message>
        <message>
            <source>Demo workspace: the change stays in the demo.</source>
            <translation>Demo-Arbeitsbereich: Die Änderung bleibt in der Demo.</translation>
        </message>
        <message>
            <source>This is the current mode already.</source>
            <translation>Dies ist bereits der aktuelle Modus.</translation>
        </message>
        <message>
            <source>This goes against the current advice (%1): it is recorded as a manual override and needs a reason.</source>
            <translation>Dies widerspricht dem aktuellen Vorschlag (%1): Die Änderung wird als manuelle Übersteuerung erfasst und erfordert eine Begründung.</translation>
        </message>
        <message>
            <source>There is no advice to follow yet: the change is recorded as a manual override and needs a reason.</source>
            <translation>Es gibt noch keinen Vorschlag, dem Sie folgen könnten: Die Änderung wird als manuelle Übersteuerung erfasst und erfordert eine Begründung.</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Play or pause</source>
            <translation>Abspielen oder anhalten</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>Schritt zurück</translation>
        </message>
        <message>
            <source>Step forward</source>
            <translation>Schritt vor</translation>
        </message>
        <message>
            <source>Previous marked moment</source>
            <translation>Vorheriger markierter Zeitpunkt</translation>
        </message>
        <message>
            <source>Next marked moment</source>
            <translation>Nächster markierter Zeitpunkt</translation>
        </message>
        <message>
            <source>First moment</source>
            <translation>Erster Zeitpunkt</translation>
        </message>
        <message>
            <source>Latest moment</source>
            <translation>Neuester Zeitpunkt</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::SourceEditor</name>
        <message>
            <source>headers: line %1 must read “Name: value”</source>
            <translation>Header: Zeile %1 muss die Form „Name: Wert“ haben</translation>
        </message>
        <message>
            <source>Problems with this source</source>
            <translation>Probleme mit dieser Quelle</translation>
        </message>
        <message>
            <source>Source settings</source>
            <translation>Quelleneinstellungen</translation>
        </message>
        <message>
            <source>&amp;Connection</source>
            <translation>&amp;Verbindung</translation>
        </message>
        <message>
            <source>&amp;Metrics</source>
            <translation>&amp;Metriken</translation>
        </message>
        <message>
            <source>e.g. node-web-1</source>
            <translation>z. B. node-web-1</translation>
        </message>
        <message>
            <source>Lowercase letters, digits, '_', '.' and '-'; unique in the workspace.</source>
            <translation>Kleinbuchstaben, Ziffern, „_“, „.“ und „-“; eindeutig im Arbeitsbereich.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Source name</source>
            <translation>Quellenname</translation>
        </message>
        <message>
            <source>Custom mapping</source>
            <translation>Eigene Zuordnung</translation>
        </message>
        <message>
            <source>Ready-made &amp;mapping:</source>
            <translation>Fertige Zu&amp;ordnung:</translation>
        </message>
        <message>
            <source>Ready-made mapping</source>
            <translation>Fertige Zuordnung</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Ty&amp;p:</translation>
        </message>
        <message>
            <source>Kind of endpoint</source>
            <translation>Art des Endpunkts</translation>
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <source>Endpoint URL</source>
            <translation>Endpunkt-URL</translation>
        </message>
        <message>
            <source>&amp;Poll this source</source>
            <translation>Diese &amp;Quelle abfragen</translation>
        </message>
        <message>
            <source>Poll this source</source>
            <translation>Diese Quelle abfragen</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>&amp;Interval:</source>
            <translation>&amp;Intervall:</translation>
        </message>
        <message>
            <source>Poll interval in seconds</source>
            <translation>Abfrageintervall in Sekunden</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>&amp;Timeout:</source>
            <translation>Zeit&amp;limit:</translation>
        </message>
        <message>
            <source>Timeout in milliseconds</source>
            <translation>Zeitlimit in Millisekunden</translation>
        </message>
        <message>
            <source> KiB</source>
            <translation> KiB</translation>
        </message>
        <message>
            <source>Response si&amp;ze cap:</source>
            <translation>Ma&amp;ximale Antwortgröße:</translation>
        </message>
        <message>
            <source>Largest response accepted, in KiB</source>
            <translation>Größte akzeptierte Antwort, in KiB</translation>
        </message>
        <message>
            <source>&amp;Verify TLS certificates</source>
            <translation>TLS-Zertifikate prü&amp;fen</translation>
        </message>
        <message>
            <source>Verify TLS certificates</source>
            <translation>TLS-Zertifikate prüfen</translation>
        </message>
        <message>
            <source>⚠ TLS verification is off: anyone on the network path can read or change these
metrics and see the credentials sent with them. Prefer a CA file for a private
certificate authority.</source>
            <translation>⚠ Die TLS-Prüfung ist aus: Jeder auf dem Netzwerkpfad kann diese Metriken lesen oder
ändern und die mitgesendeten Zugangsdaten sehen. Verwenden Sie besser eine CA-Datei
für eine private Zertifizierungsstelle.</translation>
        </message>
        <message>
            <source>TLS warning</source>
            <translation>TLS-Warnung</translation>
        </message>
        <message>
            <source>System certificates</source>
            <translation>Systemzertifikate</translation>
        </message>
        <message>
            <source>CA file</source>
            <translation>CA-Datei</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Dur&amp;chsuchen…</translation>
        </message>
        <message>
            <source>Choose a CA file</source>
            <translation>CA-Datei auswählen</translation>
        </message>
        <message>
            <source>C&amp;A file:</source>
            <translation>C&amp;A-Datei:</translation>
        </message>
        <message>
            <source>Au&amp;thentication:</source>
            <translation>Authentifizierun&amp;g:</translation>
        </message>
        <message>
            <source>Authentication</source>
            <translation>Authentifizierung</translation>
        </message>
        <message>
            <source>U&amp;ser name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>e.g. X-API-Key</source>
            <translation>z. B. X-API-Key</translation>
        </message>
        <message>
            <source>&amp;Header name:</source>
            <translation>&amp;Header-Name:</translation>
        </message>
        <message>
            <source>API key header name</source>
            <translation>Name des API-Schlüssel-Headers</translation>
        </message>
        <message>
            <source>S&amp;ecret:</source>
            <translation>Geh&amp;eimnis:</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Geheimnis</translation>
        </message>
        <message>
            <source>One per line: Name: value (no credentials here)</source>
            <translation>Einer pro Zeile: Name: Wert (keine Zugangsdaten hier)</translation>
        </message>
        <message>
            <source>E&amp;xtra headers:</source>
            <translation>&amp;Zusätzliche Header:</translation>
        </message>
        <message>
            <source>Extra request headers</source>
            <translation>Zusätzliche Anfrage-Header</translation>
        </message>
        <message>
            <source>CA certificates</source>
            <translation>CA-Zertifikate</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Each engine metric this source yields, and how it is computed. Edit the JSON below; the table follows it.</source>
            <translation>Jede Engine-Metrik, die diese Quelle liefert, und wie sie berechnet wird. Bearbeiten Sie das JSON unten; die Tabelle folgt ihm.</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Metrik</translation>
        </message>
        <message>
            <source>Expression kind</source>
            <translation>Ausdrucksart</translation>
        </message>
        <message>
            <source>Expression</source>
            <translation>Ausdruck</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <source>Metric bindings</source>
            <translation>Metrikbindungen</translation>
        </message>
        <message>
            <source>Bindings (&amp;JSON):</source>
            <translation>Bindungen (&amp;JSON):</translation>
        </message>
        <message>
            <source>Bindings as JSON</source>
            <translation>Bindungen als JSON</translation>
        </message>
        <message>
            <source>Problem in the bindings</source>
            <translation>Problem in den Bindungen</translation>
        </message>
        <message>
            <source>bindings: %1</source>
            <translation>Bindungen: %1</translation>
        </message>
        <message>
            <source>secret: enter the %1 for this source</source>
            <translation>Geheimnis: %1 für diese Quelle eingeben</translation>
        </message>
        <message>
            <source>password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>token</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>Not saved yet — fix these first:
%1</source>
            <translation>Noch nicht gespeichert — beheben Sie zuerst Folgendes:
%1</translation>
        </message>
        <message>
            <source>&amp;Metrics ⚠</source>
            <translation>&amp;Metriken ⚠</translation>
        </message>
        <message>
            <source>Check the URL: it is the usual local address.</source>
            <translation>Prüfen Sie die URL: Eingetragen ist die übliche lokale Adresse.</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <source>&amp;Token:</source>
            <translation>To&amp;ken:</translation>
        </message>
        <message>
            <source>&amp;Key value:</source>
            <translation>Schlüssel&amp;wert:</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Bearer token</source>
            <translation>Bearer-Token</translation>
        </message>
        <message>
            <source>API key value</source>
            <translation>Wert des API-Schlüssels</translation>
        </message>
        <message>
            <source>http://127.0.0.1:9100/metrics</source>
            <translation>http://127.0.0.1:9100/metrics</translation>
        </message>
        <message>
            <source>http://127.0.0.1:9090 (the server's base URL)</source>
            <translation>http://127.0.0.1:9090 (die Basis-URL des Servers)</translation>
        </message>
        <message>
            <source>https://app.example.com/health.json</source>
            <translation>https://app.example.com/health.json</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::SourceSecrets</name>
        <message>
            <source>No secret stored in the keychain for %1.</source>
            <translation>Kein Geheimnis für %1 im Schlüsselbund gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::SourceTestView</name>
        <message>
            <source>“Test connection” fetches the endpoint once with the settings as they are in the form (saved or not) and shows what it got and which metrics it mapped. Nothing is stored.</source>
            <translation>„Verbindung testen“ ruft den Endpunkt einmal mit den Einstellungen ab, wie sie im Formular stehen (gespeichert oder nicht), und zeigt, was zurückkam und welche Metriken zugeordnet wurden. Es wird nichts gespeichert.</translation>
        </message>
        <message>
            <source>Testing the connection</source>
            <translation>Verbindung wird getestet</translation>
        </message>
        <message>
            <source>Engine metric</source>
            <translation>Engine-Metrik</translation>
        </message>
        <message>
            <source>Value or problem</source>
            <translation>Wert oder Problem</translation>
        </message>
        <message>
            <source>Metrics mapped by the test</source>
            <translation>Vom Test zugeordnete Metriken</translation>
        </message>
        <message>
            <source>Problems found while parsing:</source>
            <translation>Beim Parsen gefundene Probleme:</translation>
        </message>
        <message>
            <source>Problems found while parsing</source>
            <translation>Beim Parsen gefundene Probleme</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Verbindung wird getestet…</translation>
        </message>
        <message>
            <source>Testing %1… (a rate needs two readings, about a second apart)</source>
            <translation>%1 wird getestet… (eine Rate braucht zwei Messwerte im Abstand von etwa einer Sekunde)</translation>
        </message>
        <message>
            <source>✗ The test could not run</source>
            <translation>✗ Der Test konnte nicht ausgeführt werden</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>✗ Not tested: the settings have problems</source>
            <translation>✗ Nicht getestet: Die Einstellungen sind fehlerhaft</translation>
        </message>
        <message>
            <source>✗ The test failed</source>
            <translation>✗ Der Test ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>✓ Connected: every metric mapped (%1 of %2)</source>
            <translation>✓ Verbunden: alle Metriken zugeordnet (%1 von %2)</translation>
        </message>
        <message>
            <source>Connected: %1 of %2 metrics mapped</source>
            <translation>Verbunden: %1 von %2 Metriken zugeordnet</translation>
        </message>
        <message>
            <source>No report</source>
            <translation>Kein Bericht</translation>
        </message>
        <message>
            <source>No HTTP response was received.</source>
            <translation>Es wurde keine HTTP-Antwort empfangen.</translation>
        </message>
        <message>
            <source>HTTP %1 — %2 bytes in %3 ms%4</source>
            <translation>HTTP %1 — %2 Bytes in %3 ms%4</translation>
        </message>
        <message numerus="yes">
            <source> (%n request(s))</source>
            <translation>
                <numerusform> (%n Anfrage)</numerusform>
                <numerusform> (%n Anfragen)</numerusform>
            </translation>
        </message>
        <message>
            <source>From %1</source>
            <translation>Von %1</translation>
        </message>
        <message>
            <source>Content type: %1</source>
            <translation>Inhaltstyp: %1</translation>
        </message>
        <message>
            <source>Format: %1 — families: %2, samples: %3</source>
            <translation>Format: %1 — Familien: %2, Messwerte: %3</translation>
        </message>
        <message>
            <source>Parse problems: %1 error(s), %2 warning(s)</source>
            <translation>Parse-Probleme: %1 Fehler, %2 Warnung(en)</translation>
        </message>
        <message>
            <source>⚠ %1</source>
            <translation>⚠ %1</translation>
        </message>
        <message>
            <source>%1:%2 %3: %4%5</source>
            <translation>%1:%2 %3: %4%5</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source> (skipped: %1)</source>
            <translation> (übersprungen: %1)</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… und %1 weitere</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::SourcesDialog</name>
        <message>
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <source>Where the live workspace's metrics come from. The host collector reads this computer; add the metric endpoints your company already runs (node_exporter, Prometheus, a JSON health endpoint).</source>
            <translation>Woher die Metriken des Live-Arbeitsbereichs stammen. Der Host-Kollektor liest diesen Computer aus; fügen Sie die Metrik-Endpunkte hinzu, die Ihr Unternehmen bereits betreibt (node_exporter, Prometheus, ein JSON-Zustandsendpunkt).</translation>
        </message>
        <message>
            <source>Where secrets are kept</source>
            <translation>Wo Geheimnisse aufbewahrt werden</translation>
        </message>
        <message>
            <source>Error from the engine</source>
            <translation>Fehler der Engine</translation>
        </message>
        <message>
            <source>State of this source</source>
            <translation>Status dieser Quelle</translation>
        </message>
        <message>
            <source>Test &amp;result</source>
            <translation>Testerge&amp;bnis</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>Fetch once with the settings in the form (Ctrl+T)</source>
            <translation>Einmal mit den Einstellungen im Formular abrufen (Strg+T)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Zu&amp;rücksetzen</translation>
        </message>
        <message>
            <source>Revert changes</source>
            <translation>Änderungen zurücksetzen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save source</source>
            <translation>Quelle speichern</translation>
        </message>
        <message>
            <source>Check and save this source (Ctrl+S); it is polled at once</source>
            <translation>Diese Quelle prüfen und speichern (Strg+S); sie wird sofort abgefragt</translation>
        </message>
        <message>
            <source>Saved; the secret is in the desktop keychain.</source>
            <translation>Gespeichert; das Geheimnis liegt im Desktop-Schlüsselbund.</translation>
        </message>
        <message>
            <source>Saved; the secret of %1 is kept for this session only.</source>
            <translation>Gespeichert; das Geheimnis von %1 wird nur für diese Sitzung aufbewahrt.</translation>
        </message>
        <message>
            <source>The keychain refused the secret of %1: %2 — it is kept for this session only.</source>
            <translation>Der Schlüsselbund hat das Geheimnis von %1 abgelehnt: %2 — es wird nur für diese Sitzung aufbewahrt.</translation>
        </message>
        <message>
            <source>No metric endpoints yet. Press Add, then pick a ready-made mapping for node_exporter or Prometheus, or describe your own.</source>
            <translation>Noch keine Metrik-Endpunkte. Klicken Sie auf „Hinzufügen“ und wählen Sie dann eine fertige Zuordnung für node_exporter oder Prometheus, oder beschreiben Sie Ihre eigene.</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Add a source</source>
            <translation>Quelle hinzufügen</translation>
        </message>
        <message>
            <source>Start a new source (Ctrl+N)</source>
            <translation>Neue Quelle anlegen (Strg+N)</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Deaktivieren</translation>
        </message>
        <message>
            <source>Enable or disable</source>
            <translation>Aktivieren oder deaktivieren</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Entfernen…</translation>
        </message>
        <message>
            <source>Remove source</source>
            <translation>Quelle entfernen</translation>
        </message>
        <message>
            <source>Remove the selected source (Delete)</source>
            <translation>Ausgewählte Quelle entfernen (Entf)</translation>
        </message>
        <message>
            <source>Host collector (built in)</source>
            <translation>Host-Kollektor (integriert)</translation>
        </message>
        <message>
            <source>Reads this computer's CPU, memory, disk and load average on every poll of the live workspace. It needs no settings and cannot be edited or removed.</source>
            <translation>Liest bei jeder Abfrage des Live-Arbeitsbereichs CPU, Arbeitsspeicher, Festplatte und Lastdurchschnitt dieses Computers. Er benötigt keine Einstellungen und kann weder bearbeitet noch entfernt werden.</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Not saved — %1</source>
            <translation>Nicht gespeichert — %1</translation>
        </message>
        <message>
            <source>Not removed — %1</source>
            <translation>Nicht entfernt — %1</translation>
        </message>
        <message>
            <source>The sources could not be read — %1</source>
            <translation>Die Quellen konnten nicht gelesen werden — %1</translation>
        </message>
        <message>
            <source>Sources — %1</source>
            <translation>Quellen — %1</translation>
        </message>
        <message>
            <source>Some stored sources could not be read and are not polled:
%1</source>
            <translation>Einige gespeicherte Quellen konnten nicht gelesen werden und werden nicht abgefragt:
%1</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Änderungen verwerfen?</translation>
        </message>
        <message>
            <source>Discard the unsaved changes to %1?</source>
            <translation>Die nicht gespeicherten Änderungen an %1 verwerfen?</translation>
        </message>
        <message>
            <source>the new source</source>
            <translation>der neuen Quelle</translation>
        </message>
        <message>
            <source>New source (not saved yet)</source>
            <translation>Neue Quelle (noch nicht gespeichert)</translation>
        </message>
        <message>
            <source>Source %1</source>
            <translation>Quelle %1</translation>
        </message>
        <message>
            <source>Not saved: see the problems above.</source>
            <translation>Nicht gespeichert: Siehe die Probleme oben.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Remove the source %1? It stops being polled, its settings are deleted and its secret is removed from the keychain. Metrics it already delivered stay in the history.</source>
            <translation>Die Quelle %1 entfernen? Sie wird nicht mehr abgefragt, ihre Einstellungen werden gelöscht und ihr Geheimnis wird aus dem Schlüsselbund entfernt. Bereits gelieferte Metriken bleiben im Verlauf erhalten.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>&amp;Aktivieren</translation>
        </message>
        <message>
            <source>Disable source</source>
            <translation>Quelle deaktivieren</translation>
        </message>
        <message>
            <source>Enable source</source>
            <translation>Quelle aktivieren</translation>
        </message>
        <message>
            <source>🔒 Tokens and passwords are kept in the desktop keychain (service “Headroom”), never in the database or settings.</source>
            <translation>🔒 Token und Passwörter werden im Desktop-Schlüsselbund (Dienst „Headroom“) aufbewahrt, nie in der Datenbank oder in den Einstellungen.</translation>
        </message>
        <message>
            <source>⚠ No desktop keychain is available%1. Tokens and passwords you enter are kept for this session only (in memory, never written in plain text): after a restart such sources wait until you enter them again.</source>
            <translation>⚠ Kein Desktop-Schlüsselbund verfügbar%1. Eingegebene Token und Passwörter werden nur für diese Sitzung aufbewahrt (im Arbeitsspeicher, nie im Klartext gespeichert): Nach einem Neustart warten solche Quellen, bis Sie sie erneut eingeben.</translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <source>Checking the desktop keychain…</source>
            <translation>Desktop-Schlüsselbund wird geprüft…</translation>
        </message>
        <message>
            <source>Required for this kind of authentication</source>
            <translation>Für diese Art der Authentifizierung erforderlich</translation>
        </message>
        <message>
            <source>Unchanged (kept for this session)</source>
            <translation>Unverändert (für diese Sitzung aufbewahrt)</translation>
        </message>
        <message>
            <source>Unchanged (in the keychain)</source>
            <translation>Unverändert (im Schlüsselbund)</translation>
        </message>
        <message>
            <source>Required — no secret is held for it</source>
            <translation>Erforderlich — dafür ist kein Geheimnis hinterlegt</translation>
        </message>
        <message>
            <source>⚠ No keychain: the secret is kept for this session only.</source>
            <translation>⚠ Kein Schlüsselbund: Das Geheimnis wird nur für diese Sitzung aufbewahrt.</translation>
        </message>
        <message>
            <source>Stored in the desktop keychain, never in the database.</source>
            <translation>Im Desktop-Schlüsselbund gespeichert, nie in der Datenbank.</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::SourcesModel</name>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Last poll</source>
            <translation>Letzte Abfrage</translation>
        </message>
        <message>
            <source>Last success</source>
            <translation>Letzter Erfolg</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::StrainComparisonPanel</name>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Gemessen</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Grenze</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Pass criteria of the selected run</source>
            <translation>Bestehenskriterien des ausgewählten Laufs</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>This run</source>
            <translation>Dieser Lauf</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Markierung</translation>
        </message>
        <message>
            <source>Comparison of the selected run with its baseline</source>
            <translation>Vergleich des ausgewählten Laufs mit seiner Baseline</translation>
        </message>
        <message>
            <source>Select a run in the history to see how it was judged and how it compares with its scenario's baseline.</source>
            <translation>Wählen Sie einen Lauf im Verlauf aus, um zu sehen, wie er bewertet wurde und wie er im Vergleich zur Baseline seines Szenarios abschneidet.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — %2. It %3: %4 requests, %5 answered, %6 errors.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — %2. Der Lauf %3: %4 Anfragen, %5 beantwortet, %6 Fehler.</translation>
        </message>
        <message>
            <source>Answers came in %1.</source>
            <translation>Antworten kamen per %1.</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>at least %1</source>
            <translation>mindestens %1</translation>
        </message>
        <message>
            <source>at most %1</source>
            <translation>höchstens %1</translation>
        </message>
        <message>
            <source>(%1, not judged)</source>
            <translation>(%1, nicht bewertet)</translation>
        </message>
        <message>
            <source>This run is the baseline of its scenario: later runs of it are compared with it.</source>
            <translation>Dieser Lauf ist die Baseline seines Szenarios: Spätere Läufe des Szenarios werden mit ihm verglichen.</translation>
        </message>
        <message>
            <source>No baseline is set for this scenario yet. Choose a good run and press "Set as baseline" to compare later runs with it.</source>
            <translation>Für dieses Szenario ist noch keine Baseline festgelegt. Wählen Sie einen guten Lauf und klicken Sie auf „Als Baseline festlegen“, um spätere Läufe damit zu vergleichen.</translation>
        </message>
        <message>
            <source>Not comparable with the baseline of %1: %2 was not judged, so its figures are listed for reading only.</source>
            <translation>Nicht vergleichbar mit der Baseline vom %1: %2 wurde nicht bewertet, daher werden die Kennzahlen nur zur Information aufgeführt.</translation>
        </message>
        <message>
            <source>the baseline</source>
            <translation>Die Baseline</translation>
        </message>
        <message>
            <source>this run</source>
            <translation>Dieser Lauf</translation>
        </message>
        <message>
            <source>&lt;b&gt;Regressed&lt;/b&gt; against the baseline of %1: a figure is more than %2 worse.</source>
            <translation>&lt;b&gt;Verschlechtert&lt;/b&gt; gegenüber der Baseline vom %1: Eine Kennzahl ist um mehr als %2 schlechter.</translation>
        </message>
        <message>
            <source>Against the baseline of %1: no figure is more than %2 worse.</source>
            <translation>Gegenüber der Baseline vom %1: Keine Kennzahl ist um mehr als %2 schlechter.</translation>
        </message>
        <message>
            <source>REGRESSED</source>
            <translation>VERSCHLECHTERT</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::StrainLiveChart</name>
        <message>
            <source>Throughput (req/s)</source>
            <translation>Durchsatz (req/s)</translation>
        </message>
        <message>
            <source>p50 (ms)</source>
            <translation>p50 (ms)</translation>
        </message>
        <message>
            <source>p95 (ms)</source>
            <translation>p95 (ms)</translation>
        </message>
        <message>
            <source>p99 (ms)</source>
            <translation>p99 (ms)</translation>
        </message>
        <message>
            <source>Seconds since start</source>
            <translation>Sekunden seit Start</translation>
        </message>
        <message>
            <source>Latency (ms)</source>
            <translation>Latenz (ms)</translation>
        </message>
        <message>
            <source>Throughput and latency over the run</source>
            <translation>Durchsatz und Latenz während des Laufs</translation>
        </message>
        <message>
            <source>Run a scenario to see its throughput and latency here, second by second.</source>
            <translation>Führen Sie ein Szenario aus, um hier seinen Durchsatz und seine Latenz Sekunde für Sekunde zu sehen.</translation>
        </message>
        <message>
            <source>This run stored no timeline.</source>
            <translation>Dieser Lauf hat keine Zeitleiste gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::StrainRunForm</name>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>&amp;Scenario:</source>
            <translation>&amp;Szenario:</translation>
        </message>
        <message>
            <source>Target URL</source>
            <translation>Ziel-URL</translation>
        </message>
        <message>
            <source>A bare origin (http://127.0.0.1:8080) is where the scenario's paths are sent; a URL with a path (http://127.0.0.1:8080/api/health) is the one URL loaded instead of the scenario's.</source>
            <translation>Eine reine Origin-Adresse (http://127.0.0.1:8080) erhält die Pfade des Szenarios; eine URL mit Pfad (http://127.0.0.1:8080/api/health) wird als einzige URL anstelle der URLs des Szenarios belastet.</translation>
        </message>
        <message>
            <source>&amp;Target URL:</source>
            <translation>&amp;Ziel-URL:</translation>
        </message>
        <message>
            <source>Duration in seconds</source>
            <translation>Dauer in Sekunden</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Ramp-up in seconds</source>
            <translation>Hochlaufzeit in Sekunden</translation>
        </message>
        <message>
            <source>The load rises evenly from nothing to full over this time; it is always shorter than the duration.</source>
            <translation>Die Last steigt in dieser Zeit gleichmäßig von null auf volle Last; sie ist immer kürzer als die Dauer.</translation>
        </message>
        <message>
            <source>ramp-up:</source>
            <translation>Hochlaufzeit:</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Dauer:</translation>
        </message>
        <message>
            <source>Load model</source>
            <translation>Lastmodell</translation>
        </message>
        <message>
            <source>Users (closed model)</source>
            <translation>Benutzer (geschlossenes Modell)</translation>
        </message>
        <message>
            <source>Arrival rate (open model)</source>
            <translation>Ankunftsrate (offenes Modell)</translation>
        </message>
        <message>
            <source>Users: each virtual user sends its next request when the previous one was answered (and it thought), so the load falls when the server slows down. Arrival rate: requests arrive on schedule whatever the server does, as real traffic does.</source>
            <translation>Benutzer: Jeder virtuelle Benutzer sendet seine nächste Anfrage, wenn die vorherige beantwortet wurde (und seine Denkzeit vorbei ist), daher sinkt die Last, wenn der Server langsamer wird. Ankunftsrate: Anfragen treffen planmäßig ein, unabhängig vom Server, wie echter Verkehr.</translation>
        </message>
        <message>
            <source>Virtual users</source>
            <translation>Virtuelle Benutzer</translation>
        </message>
        <message>
            <source>Arrival rate per second</source>
            <translation>Ankunftsrate pro Sekunde</translation>
        </message>
        <message>
            <source> req/s</source>
            <translation> req/s</translation>
        </message>
        <message>
            <source>users:</source>
            <translation>Benutzer:</translation>
        </message>
        <message>
            <source>rate:</source>
            <translation>Rate:</translation>
        </message>
        <message>
            <source>&amp;Load:</source>
            <translation>&amp;Last:</translation>
        </message>
        <message>
            <source>Think time in milliseconds</source>
            <translation>Denkzeit in Millisekunden</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>A virtual user's pause between an answer and its next request. Without a pause a fast local server is limited by this computer rather than by itself.</source>
            <translation>Die Pause eines virtuellen Benutzers zwischen einer Antwort und seiner nächsten Anfrage. Ohne Pause wird ein schneller lokaler Server durch diesen Computer begrenzt statt durch sich selbst.</translation>
        </message>
        <message>
            <source>HTTP version</source>
            <translation>HTTP-Version</translation>
        </message>
        <message>
            <source>Auto: HTTP/1.1 for http://, HTTP/2 when an https:// server offers it. HTTP/2: also over plain http:// (prior knowledge).</source>
            <translation>Auto: HTTP/1.1 für http://, HTTP/2, wenn ein https://-Server es anbietet. HTTP/2: auch über einfaches http:// (Prior Knowledge).</translation>
        </message>
        <message>
            <source>HTTP version:</source>
            <translation>HTTP-Version:</translation>
        </message>
        <message>
            <source>T&amp;hink time:</source>
            <translation>Den&amp;kzeit:</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::StrainRunModel</name>
        <message>
            <source>★ baseline</source>
            <translation>★ Baseline</translation>
        </message>
        <message>
            <source>The run %1.</source>
            <translation>Der Lauf %1.</translation>
        </message>
        <message>
            <source>Started (UTC)</source>
            <translation>Gestartet (UTC)</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>Model / load</source>
            <translation>Modell / Last</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>p50</source>
            <translation>p50</translation>
        </message>
        <message>
            <source>p95</source>
            <translation>p95</translation>
        </message>
        <message>
            <source>p99</source>
            <translation>p99</translation>
        </message>
        <message>
            <source>Throughput</source>
            <translation>Durchsatz</translation>
        </message>
        <message>
            <source>Error rate</source>
            <translation>Fehlerrate</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::StrainScenarioEditor</name>
        <message>
            <source>URL %1</source>
            <translation>URL %1</translation>
        </message>
        <message>
            <source>a header line without a name</source>
            <translation>eine Header-Zeile ohne Namen</translation>
        </message>
        <message>
            <source>header “%1”</source>
            <translation>Header „%1“</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>test type</source>
            <translation>Testtyp</translation>
        </message>
        <message>
            <source>users</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>arrival rate</source>
            <translation>Ankunftsrate</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>ramp-up</source>
            <translation>Hochlaufzeit</translation>
        </message>
        <message>
            <source>request cap</source>
            <translation>Höchstzahl an Anfragen</translation>
        </message>
        <message>
            <source>request timeout</source>
            <translation>Anfrage-Timeout</translation>
        </message>
        <message>
            <source>think time</source>
            <translation>Denkzeit</translation>
        </message>
        <message>
            <source>method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>URLs</source>
            <translation>URLs</translation>
        </message>
        <message>
            <source>body</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>max response time (p95)</source>
            <translation>max. Antwortzeit (p95)</translation>
        </message>
        <message>
            <source>max error rate</source>
            <translation>max. Fehlerrate</translation>
        </message>
        <message>
            <source>min throughput</source>
            <translation>min. Durchsatz</translation>
        </message>
        <message>
            <source>max memory</source>
            <translation>max. Speicher</translation>
        </message>
        <message>
            <source>regression tolerance</source>
            <translation>Regressionstoleranz</translation>
        </message>
        <message>
            <source>suite pass rate</source>
            <translation>Bestehensquote der Suite</translation>
        </message>
        <message>
            <source>Edit strain test scenarios</source>
            <translation>Lasttest-Szenarien bearbeiten</translation>
        </message>
        <message>
            <source>Strain test scenarios</source>
            <translation>Lasttest-Szenarien</translation>
        </message>
        <message>
            <source>Scenario pages</source>
            <translation>Szenarioseiten</translation>
        </message>
        <message>
            <source>&amp;Scenario</source>
            <translation>&amp;Szenario</translation>
        </message>
        <message>
            <source>Re&amp;quest</source>
            <translation>&amp;Anfrage</translation>
        </message>
        <message>
            <source>Pass c&amp;riteria</source>
            <translation>&amp;Bestehenskriterien</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Save or cancel</source>
            <translation>Speichern oder abbrechen</translation>
        </message>
        <message>
            <source>Save the scenarios</source>
            <translation>Szenarien speichern</translation>
        </message>
        <message>
            <source>Cancel the edits</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Remove scenario</source>
            <translation>Szenario entfernen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>No run may exceed %1 users, %2, %3 s or %4 requests (the limits in strain.json; a scenario beyond them cannot be saved).</source>
            <translation>Kein Lauf darf %1 Benutzer, %2, %3 s oder %4 Anfragen überschreiten (die Grenzen in strain.json; ein Szenario, das darüber hinausgeht, kann nicht gespeichert werden).</translation>
        </message>
        <message>
            <source>Sent with every request.</source>
            <translation>Wird mit jeder Anfrage gesendet.</translation>
        </message>
        <message>
            <source>A %1 request carries no body.</source>
            <translation>Eine %1-Anfrage hat keinen Body.</translation>
        </message>
        <message>
            <source>Remove the selected scenario; its stored runs stay.</source>
            <translation>Das ausgewählte Szenario entfernen; seine gespeicherten Läufe bleiben erhalten.</translation>
        </message>
        <message>
            <source>The recommended suites %1 run this scenario, so it cannot be removed. Edit its load instead.</source>
            <translation>Die empfohlenen Suiten %1 führen dieses Szenario aus, daher kann es nicht entfernt werden. Bearbeiten Sie stattdessen seine Last.</translation>
        </message>
        <message>
            <source>This scenario has problems; see below.</source>
            <translation>Dieses Szenario hat Probleme; siehe unten.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… und %n weiteres.</numerusform>
                <numerusform>… und %n weitere.</numerusform>
            </translation>
        </message>
        <message>
            <source>Put the problems right to save.</source>
            <translation>Beheben Sie die Probleme, um zu speichern.</translation>
        </message>
        <message>
            <source>Scenario %1</source>
            <translation>Szenario %1</translation>
        </message>
        <message>
            <source>%1 — %2: %3</source>
            <translation>%1 — %2: %3</translation>
        </message>
        <message>
            <source>Suite “%1”, its run of %2 for %3 s: %4</source>
            <translation>Suite „%1“, ihr Lauf von %2 über %3 s: %4</translation>
        </message>
        <message>
            <source>Pass criteria — %1: %2</source>
            <translation>Bestehenskriterien — %1: %2</translation>
        </message>
        <message>
            <source>must be more than 0 % and at most 100 %</source>
            <translation>muss größer als 0 % und höchstens 100 % sein</translation>
        </message>
        <message>
            <source>New scenario</source>
            <translation>Neues Szenario</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (Kopie)</translation>
        </message>
        <message>
            <source>Remove the scenario “%1”?

Its stored runs stay in the history, but it can no longer be run. Nothing changes until you save.</source>
            <translation>Szenario „%1“ entfernen?

Seine gespeicherten Läufe bleiben im Verlauf, aber es kann nicht mehr ausgeführt werden. Bis Sie speichern, ändert sich nichts.</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <source>Spike</source>
            <translation>Spike</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Endurance</source>
            <translation>Dauerlast</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Szenarien</translation>
        </message>
        <message>
            <source>Double-click a scenario to rename it.</source>
            <translation>Doppelklicken Sie auf ein Szenario, um es umzubenennen.</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Add a scenario</source>
            <translation>Szenario hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplizieren</translation>
        </message>
        <message>
            <source>Duplicate the selected scenario</source>
            <translation>Ausgewähltes Szenario duplizieren</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Entfernen…</translation>
        </message>
        <message>
            <source>Remove the selected scenario</source>
            <translation>Ausgewähltes Szenario entfernen</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Szenarioname</translation>
        </message>
        <message>
            <source>Scenario id</source>
            <translation>Szenario-ID</translation>
        </message>
        <message>
            <source>Stored runs and baselines refer to a scenario by its id, so renaming a scenario keeps them.</source>
            <translation>Gespeicherte Läufe und Baselines verweisen über die ID auf ein Szenario, daher bleiben sie beim Umbenennen erhalten.</translation>
        </message>
        <message>
            <source>Scenario description</source>
            <translation>Szenariobeschreibung</translation>
        </message>
        <message>
            <source>Load shape</source>
            <translation>Lastform</translation>
        </message>
        <message>
            <source>Test type</source>
            <translation>Testtyp</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keiner</translation>
        </message>
        <message>
            <source>Load model</source>
            <translation>Lastmodell</translation>
        </message>
        <message>
            <source>Closed: a number of users</source>
            <translation>Geschlossen: eine Anzahl Benutzer</translation>
        </message>
        <message>
            <source>Open: a rate of arrivals</source>
            <translation>Offen: eine Ankunftsrate</translation>
        </message>
        <message>
            <source>Closed: each user sends the next request when the answer came (the load falls when the server slows). Open: requests arrive at a fixed rate whatever the server does, like real traffic.</source>
            <translation>Geschlossen: Jeder Benutzer sendet die nächste Anfrage, sobald die Antwort eingetroffen ist (die Last sinkt, wenn der Server langsamer wird). Offen: Anfragen treffen mit fester Rate ein, unabhängig vom Server, wie echter Verkehr.</translation>
        </message>
        <message>
            <source> users</source>
            <translation> Benutzer</translation>
        </message>
        <message>
            <source>Concurrent users</source>
            <translation>Gleichzeitige Benutzer</translation>
        </message>
        <message>
            <source> req/s</source>
            <translation> req/s</translation>
        </message>
        <message>
            <source>Arrival rate in requests per second</source>
            <translation>Ankunftsrate in Anfragen pro Sekunde</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Duration in seconds, ramp-up included</source>
            <translation>Dauer in Sekunden, einschließlich Hochlaufzeit</translation>
        </message>
        <message>
            <source>Ramp-up in seconds</source>
            <translation>Hochlaufzeit in Sekunden</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>Think time in milliseconds</source>
            <translation>Denkzeit in Millisekunden</translation>
        </message>
        <message>
            <source>Closed model: a user's pause between an answer and the next request.</source>
            <translation>Geschlossenes Modell: die Pause eines Benutzers zwischen einer Antwort und der nächsten Anfrage.</translation>
        </message>
        <message>
            <source>Request timeout in seconds</source>
            <translation>Anfrage-Timeout in Sekunden</translation>
        </message>
        <message>
            <source>Request cap</source>
            <translation>Höchstzahl an Anfragen</translation>
        </message>
        <message>
            <source>No cap (the catalog's limit)</source>
            <translation>Keine Obergrenze (die Grenze des Katalogs)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Id:</source>
            <translation>ID:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>Beschreibun&amp;g:</translation>
        </message>
        <message>
            <source>&amp;Load shape:</source>
            <translation>&amp;Lastform:</translation>
        </message>
        <message>
            <source>&amp;Test type:</source>
            <translation>&amp;Testtyp:</translation>
        </message>
        <message>
            <source>Load &amp;model:</source>
            <translation>Last&amp;modell:</translation>
        </message>
        <message>
            <source>&amp;Users:</source>
            <translation>Benut&amp;zer:</translation>
        </message>
        <message>
            <source>Arrival &amp;rate:</source>
            <translation>Ankunfts&amp;rate:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>Da&amp;uer:</translation>
        </message>
        <message>
            <source>Ram&amp;p-up:</source>
            <translation>H&amp;ochlaufzeit:</translation>
        </message>
        <message>
            <source>T&amp;hink time:</source>
            <translation>Den&amp;kzeit:</translation>
        </message>
        <message>
            <source>Request time&amp;out:</source>
            <translation>An&amp;frage-Timeout:</translation>
        </message>
        <message>
            <source>Request &amp;cap:</source>
            <translation>Hö&amp;chstzahl an Anfragen:</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <source>HTTP method</source>
            <translation>HTTP-Methode</translation>
        </message>
        <message>
            <source>URLs, one per line</source>
            <translation>URLs, eine pro Zeile</translation>
        </message>
        <message>
            <source>One per line: a path starting with / is sent to the run's target; an http(s) URL is sent as it is. Requests cycle through the list.</source>
            <translation>Eine pro Zeile: Ein Pfad, der mit / beginnt, wird an das Ziel des Laufs gesendet; eine http(s)-URL wird unverändert verwendet. Die Anfragen durchlaufen die Liste reihum.</translation>
        </message>
        <message>
            <source>Headers</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>Request headers</source>
            <translation>Anfrage-Header</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Add &amp;header</source>
            <translation>Header hin&amp;zufügen</translation>
        </message>
        <message>
            <source>Add a header</source>
            <translation>Header hinzufügen</translation>
        </message>
        <message>
            <source>Remove header</source>
            <translation>Header entfernen</translation>
        </message>
        <message>
            <source>Remove the selected header</source>
            <translation>Ausgewählten Header entfernen</translation>
        </message>
        <message>
            <source>Request body</source>
            <translation>Anfrage-Body</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Methode:</translation>
        </message>
        <message>
            <source>UR&amp;Ls:</source>
            <translation>&amp;URLs:</translation>
        </message>
        <message>
            <source>Headers:</source>
            <translation>Header:</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>B&amp;ody:</translation>
        </message>
        <message>
            <source>Pass criteria</source>
            <translation>Bestehenskriterien</translation>
        </message>
        <message>
            <source>Every run of every scenario is judged by these: it passes when each measured figure is within its limit.</source>
            <translation>Danach wird jeder Lauf jedes Szenarios bewertet: Er ist bestanden, wenn jeder gemessene Wert innerhalb seiner Grenze liegt.</translation>
        </message>
        <message>
            <source>About the pass criteria</source>
            <translation>Über die Bestehenskriterien</translation>
        </message>
        <message>
            <source>Maximum response time at the 95th percentile, in milliseconds</source>
            <translation>Maximale Antwortzeit beim 95. Perzentil, in Millisekunden</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Maximum error rate in percent</source>
            <translation>Maximale Fehlerrate in Prozent</translation>
        </message>
        <message>
            <source>Minimum throughput in requests per second</source>
            <translation>Minimaler Durchsatz in Anfragen pro Sekunde</translation>
        </message>
        <message>
            <source>Maximum memory use in percent</source>
            <translation>Maximale Speichernutzung in Prozent</translation>
        </message>
        <message>
            <source>Judged only where a memory source is mapped.</source>
            <translation>Wird nur bewertet, wo eine Speicherquelle zugeordnet ist.</translation>
        </message>
        <message>
            <source>Regression tolerance in percent</source>
            <translation>Regressionstoleranz in Prozent</translation>
        </message>
        <message>
            <source>A percentile or the error rate this much worse than the scenario's baseline is a regression.</source>
            <translation>Ist ein Perzentil oder die Fehlerrate um so viel schlechter als die Baseline des Szenarios, gilt dies als Regression.</translation>
        </message>
        <message>
            <source>Suite pass rate required in percent</source>
            <translation>Erforderliche Bestehensquote der Suite in Prozent</translation>
        </message>
        <message>
            <source>The share of a recommended suite's runs that must pass before its tier (where the tier asks for no rate of its own). Tier readiness reads it from strain.json when the console starts.</source>
            <translation>Der Anteil der Läufe einer empfohlenen Suite, die vor ihrer Stufe bestanden sein müssen (sofern die Stufe keine eigene Quote verlangt). Die Stufenbereitschaft liest ihn beim Start der Konsole aus strain.json.</translation>
        </message>
        <message>
            <source>Max response time (&amp;p95):</source>
            <translation>Max. Antwortzeit (&amp;p95):</translation>
        </message>
        <message>
            <source>Max &amp;error rate:</source>
            <translation>Max. &amp;Fehlerrate:</translation>
        </message>
        <message>
            <source>Min &amp;throughput:</source>
            <translation>Min. D&amp;urchsatz:</translation>
        </message>
        <message>
            <source>Max me&amp;mory:</source>
            <translation>Max. Spei&amp;cher:</translation>
        </message>
        <message>
            <source>Re&amp;gression tolerance:</source>
            <translation>Re&amp;gressionstoleranz:</translation>
        </message>
        <message>
            <source>Suite pass &amp;rate:</source>
            <translation>Bestehens&amp;quote der Suite:</translation>
        </message>
        <message>
            <source>Limits of any run</source>
            <translation>Grenzen für jeden Lauf</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::StrainTestsDialog</name>
        <message>
            <source>Strain tests — %1</source>
            <translation>Lasttests — %1</translation>
        </message>
        <message>
            <source>DEMO DATA — runs are stored with the demo workspace</source>
            <translation>DEMODATEN — Läufe werden im Demo-Arbeitsbereich gespeichert</translation>
        </message>
        <message>
            <source>Send a bounded load to your service and see how it copes: throughput, response times, errors, judged by the pass criteria and compared with the scenario's baseline.</source>
            <translation>Senden Sie eine begrenzte Last an Ihren Dienst und sehen Sie, wie er damit zurechtkommt: Durchsatz, Antwortzeiten, Fehler, bewertet nach den Bestehenskriterien und verglichen mit der Baseline des Szenarios.</translation>
        </message>
        <message>
            <source>Send traffic to another computer?</source>
            <translation>Datenverkehr an einen anderen Computer senden?</translation>
        </message>
        <message>
            <source>Send the load</source>
            <translation>Last senden</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Lauf</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Ausführen</translation>
        </message>
        <message>
            <source>Run the scenario</source>
            <translation>Szenario ausführen</translation>
        </message>
        <message>
            <source>&amp;Cancel run</source>
            <translation>Lauf abbre&amp;chen</translation>
        </message>
        <message>
            <source>Cancel the run</source>
            <translation>Lauf abbrechen</translation>
        </message>
        <message>
            <source>Stops sending at once; what was measured is stored as a cancelled run, which is not judged.</source>
            <translation>Beendet das Senden sofort; was gemessen wurde, wird als abgebrochener Lauf gespeichert, der nicht bewertet wird.</translation>
        </message>
        <message>
            <source>&amp;Edit scenarios…</source>
            <translation>Szenarien &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the scenarios and pass criteria</source>
            <translation>Szenarien und Bestehenskriterien bearbeiten</translation>
        </message>
        <message>
            <source>Change the scenarios' load, URLs, headers and body, and the pass criteria runs are judged by.</source>
            <translation>Last, URLs, Header und Body der Szenarien sowie die Bestehenskriterien ändern, nach denen Läufe bewertet werden.</translation>
        </message>
        <message>
            <source>Run progress</source>
            <translation>Fortschritt des Laufs</translation>
        </message>
        <message>
            <source>Open model: arrivals this computer could not send on time.</source>
            <translation>Offenes Modell: Anfragen, die dieser Computer nicht rechtzeitig senden konnte.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Stored strain runs</source>
            <translation>Gespeicherte Lasttestläufe</translation>
        </message>
        <message>
            <source>Set as &amp;baseline</source>
            <translation>Als Baseline &amp;festlegen</translation>
        </message>
        <message>
            <source>Set the selected run as its scenario's baseline</source>
            <translation>Ausgewählten Lauf als Baseline seines Szenarios festlegen</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The run did not complete.</source>
            <translation>Der Lauf wurde nicht abgeschlossen.</translation>
        </message>
        <message>
            <source>The edited scenarios were not applied: %1</source>
            <translation>Die bearbeiteten Szenarien wurden nicht übernommen: %1</translation>
        </message>
        <message>
            <source>Sent: %1</source>
            <translation>Gesendet: %1</translation>
        </message>
        <message>
            <source>Answered: %1</source>
            <translation>Beantwortet: %1</translation>
        </message>
        <message>
            <source>Errors: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <source>Dropped: %1</source>
            <translation>Verworfen: %1</translation>
        </message>
        <message>
            <source>The scenarios have not been read yet.</source>
            <translation>Die Szenarien wurden noch nicht gelesen.</translation>
        </message>
        <message>
            <source>Choose a scenario first.</source>
            <translation>Wählen Sie zuerst ein Szenario.</translation>
        </message>
        <message>
            <source>This run cannot start: %1</source>
            <translation>Dieser Lauf kann nicht starten: %1</translation>
        </message>
        <message>
            <source>Not started: the target is not this computer and sending to it was not confirmed.</source>
            <translation>Nicht gestartet: Das Ziel ist nicht dieser Computer, und das Senden dorthin wurde nicht bestätigt.</translation>
        </message>
        <message>
            <source>Waiting for the first second of figures…</source>
            <translation>Warten auf die Messwerte der ersten Sekunde…</translation>
        </message>
        <message>
            <source>%1 — running</source>
            <translation>%1 — läuft</translation>
        </message>
        <message>
            <source>Running %1 against %2…</source>
            <translation>%1 läuft gegen %2…</translation>
        </message>
        <message>
            <source>This sends %1 to %2, which is not this computer.

Only test servers you are responsible for: to their operators a strain test looks like an attack, and it can slow a production service down for its users. Send the load?</source>
            <translation>Hiermit werden %1 an %2 gesendet, also nicht an diesen Computer.

Testen Sie nur Server, für die Sie verantwortlich sind: Für deren Betreiber sieht ein Lasttest wie ein Angriff aus, und er kann einen Produktivdienst für dessen Nutzer verlangsamen. Last senden?</translation>
        </message>
        <message>
            <source>Cancelling… what was measured so far is stored as a cancelled run.</source>
            <translation>Wird abgebrochen… Was bisher gemessen wurde, wird als abgebrochener Lauf gespeichert.</translation>
        </message>
        <message>
            <source>%1 was cancelled; it is stored but not judged.</source>
            <translation>%1 wurde abgebrochen; der Lauf ist gespeichert, wird aber nicht bewertet.</translation>
        </message>
        <message>
            <source>%1 finished: %2.</source>
            <translation>%1 beendet: %2.</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Select a run in the history first.</source>
            <translation>Wählen Sie zuerst einen Lauf im Verlauf aus.</translation>
        </message>
        <message>
            <source>This run was not judged (it was cancelled, or this computer could not generate its load), so it cannot be a baseline.</source>
            <translation>Dieser Lauf wurde nicht bewertet (er wurde abgebrochen, oder dieser Computer konnte seine Last nicht erzeugen) und kann daher keine Baseline sein.</translation>
        </message>
        <message>
            <source>This run is already its scenario's baseline.</source>
            <translation>Dieser Lauf ist bereits die Baseline seines Szenarios.</translation>
        </message>
        <message>
            <source>Compare later runs of this scenario with this one.</source>
            <translation>Spätere Läufe dieses Szenarios mit diesem vergleichen.</translation>
        </message>
        <message>
            <source>Applying the edited scenarios…</source>
            <translation>Bearbeitete Szenarien werden übernommen…</translation>
        </message>
        <message>
            <source>The edited scenarios apply until the console closes; the next run uses them.</source>
            <translation>Die bearbeiteten Szenarien gelten, bis die Konsole geschlossen wird; der nächste Lauf verwendet sie.</translation>
        </message>
        <message>
            <source>The scenarios could not be saved to %1; they apply until the console closes.</source>
            <translation>Die Szenarien konnten nicht in %1 gespeichert werden; sie gelten, bis die Konsole geschlossen wird.</translation>
        </message>
        <message>
            <source>The scenarios were saved to %1; the next run uses them.</source>
            <translation>Die Szenarien wurden in %1 gespeichert; der nächste Lauf verwendet sie.</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::TrayNotifier</name>
        <message>
            <source>Headroom</source>
            <translation>Headroom</translation>
        </message>
        <message>
            <source>Latest alert</source>
            <translation>Letzter Alarm</translation>
        </message>
        <message>
            <source>%1 [demo]</source>
            <translation>%1 [Demo]</translation>
        </message>
        <message>
            <source>health %1 / 100</source>
            <translation>Zustand %1 / 100</translation>
        </message>
        <message>
            <source>health not measured</source>
            <translation>Zustand nicht gemessen</translation>
        </message>
        <message>
            <source>Headroom — %1
%2, capacity: %3</source>
            <translation>Headroom — %1
%2, Kapazität: %3</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::UtilisationModel</name>
        <message>
            <source>not measured</source>
            <translation>nicht gemessen</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Keine Daten</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Metrik</translation>
        </message>
        <message>
            <source>Utilisation of tier limit</source>
            <translation>Auslastung der Stufengrenze</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Grenze</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::WelcomeDialog</name>
        <message>
            <source>Welcome to Headroom</source>
            <translation>Willkommen bei Headroom</translation>
        </message>
        <message>
            <source>Headroom logo</source>
            <translation>Headroom-Logo</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to Headroom&lt;/h2&gt;Headroom reads the metrics your company already has, places the business on a growth tier and scaling mode, scores its health and recommends what to scale next, with evidence and cost. Every figure comes from your own telemetry; what is missing lowers the confidence instead of being guessed.</source>
            <translation>&lt;h2&gt;Willkommen bei Headroom&lt;/h2&gt;Headroom liest die Metriken, die Ihr Unternehmen bereits hat, ordnet das Geschäft einer Wachstumsstufe und einem Skalierungsmodus zu, bewertet seinen Zustand und empfiehlt mit Belegen und Kosten, was als Nächstes zu skalieren ist. Jede Zahl stammt aus Ihrer eigenen Telemetrie; was fehlt, senkt die Konfidenz, statt geschätzt zu werden.</translation>
        </message>
        <message>
            <source>The demo workspace</source>
            <translation>Der Demo-Arbeitsbereich</translation>
        </message>
        <message>
            <source>A generated SaaS business to explore every tab safely. It is always marked &lt;i&gt;DEMO DATA&lt;/i&gt;; nothing in it is measured and your decisions there stay in the demo.</source>
            <translation>Ein erzeugtes SaaS-Unternehmen, um jeden Reiter gefahrlos zu erkunden. Es ist immer als &lt;i&gt;DEMODATEN&lt;/i&gt; gekennzeichnet; nichts darin ist gemessen, und Ihre Entscheidungen dort bleiben in der Demo.</translation>
        </message>
        <message>
            <source>Your local workspace</source>
            <translation>Ihr lokaler Arbeitsbereich</translation>
        </message>
        <message>
            <source>Measures this computer from the start: the built-in host collector reads CPU, memory, disk and load every poll. Recommendations there rest on those readings only.</source>
            <translation>Misst von Anfang an diesen Computer: Der eingebaute Host-Kollektor liest bei jeder Abfrage CPU, Arbeitsspeicher, Festplatte und Last. Empfehlungen dort beruhen nur auf diesen Messwerten.</translation>
        </message>
        <message>
            <source>Add your own sources</source>
            <translation>Eigene Quellen hinzufügen</translation>
        </message>
        <message>
            <source>Open &lt;b&gt;Sources…&lt;/b&gt; (%1) to add a Prometheus server, a node_exporter or a JSON metrics endpoint. Test it before saving; tokens are kept in the desktop keychain.</source>
            <translation>Öffnen Sie &lt;b&gt;Quellen…&lt;/b&gt; (%1), um einen Prometheus-Server, einen node_exporter oder einen JSON-Metrik-Endpunkt hinzuzufügen. Testen Sie ihn vor dem Speichern; Token werden im Schlüsselbund der Arbeitsumgebung aufbewahrt.</translation>
        </message>
        <message>
            <source>Show this screen at &amp;start</source>
            <translation>Diesen Bildschirm beim &amp;Start anzeigen</translation>
        </message>
        <message>
            <source>&amp;Explore the demo</source>
            <translation>&amp;Demo erkunden</translation>
        </message>
        <message>
            <source>Show &amp;this computer</source>
            <translation>&amp;Diesen Computer anzeigen</translation>
        </message>
        <message>
            <source>&amp;Add a source…</source>
            <translation>Quelle &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;chließen</translation>
        </message>
        <message>
            <source>Show the welcome screen at start</source>
            <translation>Willkommensbildschirm beim Start anzeigen</translation>
        </message>
        <message>
            <source>Explore the demo workspace</source>
            <translation>Demo-Arbeitsbereich erkunden</translation>
        </message>
        <message>
            <source>Show this computer's workspace</source>
            <translation>Arbeitsbereich dieses Computers anzeigen</translation>
        </message>
        <message>
            <source>Add a metric source</source>
            <translation>Metrikquelle hinzufügen</translation>
        </message>
        <message>
            <source>Close the welcome screen</source>
            <translation>Willkommensbildschirm schließen</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::WhatIfDialog</name>
        <message>
            <source>What if…</source>
            <translation>Was-wäre-wenn…</translation>
        </message>
        <message>
            <source>CPU limits</source>
            <translation>CPU-Grenzen</translation>
        </message>
        <message>
            <source>Catalog file</source>
            <translation>Katalogdatei</translation>
        </message>
        <message>
            <source>&amp;Run what-if</source>
            <translation>Was-wäre-wenn &amp;ausführen</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Stoppen</translation>
        </message>
        <message>
            <source>Stop the re-evaluation; nothing is kept</source>
            <translation>Die Neuauswertung stoppen; nichts wird behalten</translation>
        </message>
        <message>
            <source>Re-evaluation progress</source>
            <translation>Fortschritt der Neuauswertung</translation>
        </message>
        <message>
            <source>What-if differences</source>
            <translation>Was-wäre-wenn-Unterschiede</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>Bisher</translation>
        </message>
        <message>
            <source>Would be</source>
            <translation>Wäre</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Verschiebung</translation>
        </message>
        <message>
            <source>Double-click a row to move the timeline there</source>
            <translation>Doppelklicken Sie auf eine Zeile, um die Zeitleiste dorthin zu bewegen</translation>
        </message>
        <message>
            <source>Each tier's CPU limit; the recommendations that watch CPU fire at a share of it. A lower limit is stricter.</source>
            <translation>Die CPU-Grenze jeder Stufe; Empfehlungen, die die CPU überwachen, lösen bei einem Anteil davon aus. Eine niedrigere Grenze ist strenger.</translation>
        </message>
        <message>
            <source>CPU limit per tier</source>
            <translation>CPU-Grenze pro Stufe</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Stored limit</source>
            <translation>Gespeicherte Grenze</translation>
        </message>
        <message>
            <source>What if</source>
            <translation>Was-wäre-wenn</translation>
        </message>
        <message>
            <source>A JSON file of catalog sections (tiers, modes, recommendations, …); each section it holds replaces the stored one, as &lt;tt&gt;headroom replay --catalog FILE&lt;/tt&gt; does.</source>
            <translation>Eine JSON-Datei mit Katalogabschnitten (Stufen, Modi, Empfehlungen, …); jeder enthaltene Abschnitt ersetzt den gespeicherten, so wie &lt;tt&gt;headroom replay --catalog FILE&lt;/tt&gt; es tut.</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Keine Datei ausgewählt</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>Aus&amp;wählen…</translation>
        </message>
        <message>
            <source>Catalog file for the what-if</source>
            <translation>Katalogdatei für die Was-wäre-wenn-Analyse</translation>
        </message>
        <message>
            <source>Catalog JSON (*.json);;All files (*)</source>
            <translation>Katalog-JSON (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Re-run the engine over every stored snapshot of &lt;b&gt;%1&lt;/b&gt; with an edited catalog and compare it with the same run under the catalog it was stored with. Nothing stored changes.</source>
            <translation>Die Engine mit einem bearbeiteten Katalog erneut über jeden gespeicherten Snapshot von &lt;b&gt;%1&lt;/b&gt; laufen lassen und das Ergebnis mit demselben Lauf unter dem Katalog vergleichen, mit dem die Snapshots gespeichert wurden. Gespeichertes bleibt unverändert.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>What-if CPU limit of %1</source>
            <translation>Was-wäre-wenn-CPU-Grenze für %1</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Die Datei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The file holds no catalog section.</source>
            <translation>Die Datei enthält keinen Katalogabschnitt.</translation>
        </message>
        <message>
            <source>Replaces: %1</source>
            <translation>Ersetzt: %1</translation>
        </message>
        <message>
            <source>Change a CPU limit to see what would have been different.</source>
            <translation>Ändern Sie eine CPU-Grenze, um zu sehen, was anders gewesen wäre.</translation>
        </message>
        <message>
            <source>Choose a catalog file.</source>
            <translation>Wählen Sie eine Katalogdatei.</translation>
        </message>
        <message>
            <source>Re-evaluating…</source>
            <translation>Wird neu ausgewertet…</translation>
        </message>
        <message>
            <source>The what-if did not run: %1</source>
            <translation>Die Was-wäre-wenn-Analyse wurde nicht ausgeführt: %1</translation>
        </message>
        <message>
            <source>Stopped; nothing was kept.</source>
            <translation>Gestoppt; nichts wurde behalten.</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>First raised</source>
            <translation>Erstmals ausgelöst</translation>
        </message>
        <message>
            <source>1 recommendation would have been raised earlier. </source>
            <translation>1 Empfehlung wäre früher ausgelöst worden. </translation>
        </message>
        <message>
            <source>%1 recommendations would have been raised earlier. </source>
            <translation>%1 Empfehlungen wären früher ausgelöst worden. </translation>
        </message>
        <message>
            <source>Nothing would have been different over %1 stored snapshots.</source>
            <translation>Über %1 gespeicherte Snapshots hinweg wäre nichts anders gewesen.</translation>
        </message>
        <message>
            <source>No results yet: change a CPU limit or choose a catalog file, then run the what-if.</source>
            <translation>Noch keine Ergebnisse: Ändern Sie eine CPU-Grenze oder wählen Sie eine Katalogdatei und starten Sie dann die Was-wäre-wenn-Analyse.</translation>
        </message>
        <message>
            <source>No difference to list: the edited catalog changes nothing here.</source>
            <translation>Kein Unterschied aufzuführen: Der bearbeitete Katalog ändert hier nichts.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Headroom scaling console</source>
            <translation>Headroom-Skalierungskonsole</translation>
        </message>
        <message>
            <source>Workspace database.</source>
            <translation>Datenbank der Arbeitsbereiche.</translation>
        </message>
        <message>
            <source>Workspace to show first (local, demo, ...).</source>
            <translation>Zuerst anzuzeigender Arbeitsbereich (local, demo, ...).</translation>
        </message>
        <message>
            <source>Seconds between polls of the live sources.</source>
            <translation>Sekunden zwischen den Abfragen der Live-Quellen.</translation>
        </message>
        <message>
            <source>Start, render the demo and live workspaces, exit.</source>
            <translation>Starten, den Demo- und die Live-Arbeitsbereiche darstellen, beenden.</translation>
        </message>
        <message>
            <source>With --self-test: save the window as PNG.</source>
            <translation>Mit --self-test: das Fenster als PNG speichern.</translation>
        </message>
        <message>
            <source>A saved bundle (.hrbundle) to open read-only.</source>
            <translation>Ein gespeichertes Bundle (.hrbundle), das schreibgeschützt geöffnet wird.</translation>
        </message>
    </context>
</TS>
