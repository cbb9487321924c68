<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Tidemark::AssetsPanel</name>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidemark::BarChart</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidemark::CheckpointsPanel</name>
    <message numerus="yes">
        <source>%n entity type(s) with a checkpoint.</source>
        <translation>
            <numerusform>%n entity type with a checkpoint.</numerusform>
            <numerusform>%n entity types with a checkpoint.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ between server and local.</source>
        <translation>
            <numerusform>%n differs between server and local.</numerusform>
            <numerusform>%n differ between server and local.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n type(s).</source>
        <translation>
            <numerusform>%1 in %n type.</numerusform>
            <numerusform>%1 in %n types.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending ack(s)</source>
        <translation>
            <numerusform>%Ln pending ack</numerusform>
            <numerusform>%Ln pending acks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the checkpoints of %n type(s) on the server?</source>
        <translation>
            <numerusform>Reset the checkpoint of %n type on the server?</numerusform>
            <numerusform>Reset the checkpoints of %n types on the server?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept by the server for backfill.</source>
        <translation>
            <numerusform>%n kept by the server for backfill.</numerusform>
            <numerusform>%n kept by the server for backfill.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidemark::Cli</name>
    <message numerus="yes">
        <source>%Ln line(s) received</source>
        <translation>
            <numerusform>%Ln line received</numerusform>
            <numerusform>%Ln lines received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored</source>
        <translation>
            <numerusform>%Ln stored</numerusform>
            <numerusform>%Ln stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln acknowledgement request(s)</source>
        <translation>
            <numerusform>%Ln acknowledgement request</numerusform>
            <numerusform>%Ln acknowledgement requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checkpoint(s) waiting to be sent (%1): review with `tidemark acks list`, send with `tidemark acks set`.</source>
        <translation>
            <numerusform>%Ln checkpoint waiting to be sent (%1): review with `tidemark acks list`, send with `tidemark acks set`.</numerusform>
            <numerusform>%Ln checkpoints waiting to be sent (%1): review with `tidemark acks list`, send with `tidemark acks set`.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln type(s)</source>
        <translation>
            <numerusform>%Ln type</numerusform>
            <numerusform>%Ln types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting checkpoint(s)</source>
        <translation>
            <numerusform>%Ln waiting checkpoint</numerusform>
            <numerusform>%Ln waiting checkpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln local asset(s)</source>
        <translation>
            <numerusform>%Ln local asset</numerusform>
            <numerusform>%Ln local assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>favorite of %Ln partner asset(s)</source>
        <translation>
            <numerusform>favorite of %Ln partner asset</numerusform>
            <numerusform>favorite of %Ln partner assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deletion time of %Ln trashed asset(s)</source>
        <translation>
            <numerusform>deletion time of %Ln trashed asset</numerusform>
            <numerusform>deletion time of %Ln trashed assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidemark::ConnectDialog</name>
    <message numerus="yes">
        <source>Sync stream: yes, %n request type(s).</source>
        <translation>
            <numerusform>Sync stream: yes, %n request type.</numerusform>
            <numerusform>Sync stream: yes, %n request types.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidemark::FullDeltaPanel</name>
    <message numerus="yes">
        <source>Full sync: page of %Ln asset(s) of %1%2</source>
        <translation>
            <numerusform>Full sync: page of %Ln asset of %1%2</numerusform>
            <numerusform>Full sync: page of %Ln assets of %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delta sync: %Ln asset(s) added or changed, %1 deleted.</source>
        <translation>
            <numerusform>Delta sync: %Ln asset added or changed, %1 deleted.</numerusform>
            <numerusform>Delta sync: %Ln assets added or changed, %1 deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 complete: %Ln asset(s) in %2 s.</source>
        <translation>
            <numerusform>%1 complete: %Ln asset in %2 s.</numerusform>
            <numerusform>%1 complete: %Ln assets in %2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidemark::InspectorPanel</name>
    <message numerus="yes">
        <source>Loading cancelled after %Ln line(s).</source>
        <translation>
            <numerusform>Loading cancelled after %Ln line.</numerusform>
            <numerusform>Loading cancelled after %Ln lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln line(s), %2 malformed.</source>
        <translation>
            <numerusform>%1: %Ln line, %2 malformed.</numerusform>
            <numerusform>%1: %Ln lines, %2 malformed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) held</source>
        <translation>
            <numerusform>%Ln line held</numerusform>
            <numerusform>%Ln lines held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln older line(s) dropped</source>
        <translation>
            <numerusform>, %Ln older line dropped</numerusform>
            <numerusform>, %Ln older lines dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln line(s) to %1 (%2 older lines without their data).</source>
        <translation>
            <numerusform>Exported %Ln line to %1 (%2 older lines without their data).</numerusform>
            <numerusform>Exported %Ln lines to %1 (%2 older lines without their data).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln line(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln line to %1.</numerusform>
            <numerusform>Exported %Ln lines to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidemark::MainWindow</name>
    <message numerus="yes">
        <source>%1 · %Ln event(s) · %2/s</source>
        <translation>
            <numerusform>%1 · %Ln event · %2/s</numerusform>
            <numerusform>%1 · %Ln events · %2/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidemark::OverviewPanel</name>
    <message numerus="yes">
        <source>sync stream (%n request types)</source>
        <translation>
            <numerusform>sync stream (%n request type)</numerusform>
            <numerusform>sync stream (%n request types)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%3 mode): %4, %Ln event(s)</source>
        <translation>
            <numerusform>%1, %2 (%3 mode): %4, %Ln event</numerusform>
            <numerusform>%1, %2 (%3 mode): %4, %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %Ln of your assets are not in the mirror yet. Run a sync.</source>
        <translation>
            <numerusform>Incomplete: %Ln of your assets is not in the mirror yet. Run a sync.</numerusform>
            <numerusform>Incomplete: %Ln of your assets are not in the mirror yet. Run a sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mirror has %Ln more of your assets than the server counts (deleted on the server? a sync will catch up).</source>
        <translation>
            <numerusform>The mirror has %Ln more of your assets than the server counts (deleted on the server? a sync will catch up).</numerusform>
            <numerusform>The mirror has %Ln more of your assets than the server counts (deleted on the server? a sync will catch up).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidemark::SyncPanel</name>
    <message numerus="yes">
        <source>Dry run complete: %Ln event(s) received; nothing was saved or acknowledged.</source>
        <translation>
            <numerusform>Dry run complete: %Ln event received; nothing was saved or acknowledged.</numerusform>
            <numerusform>Dry run complete: %Ln events received; nothing was saved or acknowledged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete: %Ln event(s) saved. Their acks are pending: send them in Checkpoints.</source>
        <translation>
            <numerusform>Complete: %Ln event saved. Its ack is pending: send it in Checkpoints.</numerusform>
            <numerusform>Complete: %Ln events saved. Their acks are pending: send them in Checkpoints.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete: %Ln event(s) received and acknowledged.</source>
        <translation>
            <numerusform>Complete: %Ln event received and acknowledged.</numerusform>
            <numerusform>Complete: %Ln events received and acknowledged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted after %Ln event(s): %1 The next sync resumes from the last saved point.</source>
        <translation>
            <numerusform>Interrupted after %Ln event: %1 The next sync resumes from the last saved point.</numerusform>
            <numerusform>Interrupted after %Ln events: %1 The next sync resumes from the last saved point.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted after %Ln event(s): the server ended the stream early. The next sync resumes from the last saved point.</source>
        <translation>
            <numerusform>Interrupted after %Ln event: the server ended the stream early. The next sync resumes from the last saved point.</numerusform>
            <numerusform>Interrupted after %Ln events: the server ended the stream early. The next sync resumes from the last saved point.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln event(s). The next sync resumes from the last saved point.</source>
        <translation>
            <numerusform>Cancelled after %Ln event. The next sync resumes from the last saved point.</numerusform>
            <numerusform>Cancelled after %Ln events. The next sync resumes from the last saved point.</numerusform>
        </translation>
    </message>
</context>
</TS>
