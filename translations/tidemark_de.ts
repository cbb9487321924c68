<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>No mirror yet: run a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your session</source>
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
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark</name>
    <message>
        <source>server address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::ApiError</name>
    <message>
        <source>Could not reach the server (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped sending data (%1); the connection timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1): %2. Its SHA-256 fingerprint is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 with status %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 with status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent data Tidemark cannot read (%1, line %2, byte %3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent data Tidemark cannot read (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server version cannot do that (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stream and checkpoints need a login session; the server refuses API keys for them (%1). Log in with email and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the credentials (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the credentials (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local mirror could not be written (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another address; Tidemark did not follow it with your credentials (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::AppController</name>
    <message>
        <source>The system keychain is not available (%1): you will have to log in again next time Tidemark starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent entity types this Tidemark does not know (%1); they were skipped and not acknowledged. A newer Tidemark will understand them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the local mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging out (the session may still exist on the server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::AssetTableModel</name>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albums</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::AssetsPanel</name>
    <message>
        <source>Search file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared albums only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Album filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as thumbnail grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorite filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trashed filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Immich timeline shows: not trashed, archived, hidden or locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timeline view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mirror: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an asset to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mirror yet: connect and sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled album)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (file missing on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live photo video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exif dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken (exif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the mirror (sync AssetExifsV1 to get it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::BarChart</name>
    <message>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidemark::CheckpointModel</name>
    <message>
        <source>Server and local checkpoints agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server and local checkpoints differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest pending ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::CheckpointsPanel</name>
    <message>
        <source>The server keeps one checkpoint (ack) per entity type for this login session. The next sync sends only what changed after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending acks (manual mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack &amp;all pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge all pending acks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack &amp;checked types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge pending acks of the checked or selected types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge up to this event number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack &amp;up to event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge pending acks up to the chosen event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscard pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard pending acks of the checked or selected types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh checkpoints from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset c&amp;hecked types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the checkpoints of the checked or selected types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete all checkpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all checkpoints on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entity type(s) with a checkpoint.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ between server and local.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Server and local agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending acks in %2 types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or select the entity types to acknowledge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or select the entity types to reset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reset the checkpoints of %n type(s) on the server?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The next sync downloads every %1 event again from the beginning. Nothing is deleted on the server or in your photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every checkpoint of this session on the server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next sync downloads everything again (all users, assets, albums, exif…). Nothing is deleted on the server or in your photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard pending acks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the pending acks of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are not sent to the server, so the next sync sends those events again. The data already saved stays in the mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::ConnectDialog</name>
    <message>
        <source>Connect to an Immich server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos.example.com or http://192.168.1.5:2283</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key works for full and delta sync, statistics and thumbnails. The sync stream and checkpoints need a login session: the server refuses them for API keys. Logging in creates a new session with its own checkpoints; the token is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo with a sample server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a sample Immich-compatible server inside Tidemark, with a made-up library, and logs in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is running and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the e-mail and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immich %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync stream: yes, %n request type(s) (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stream: no (needs 1.127 or newer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full and delta sync: yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full and delta sync: no (removed in 3.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset types: V2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset types: V1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers. Enter your e-mail and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password, or an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::EntityCountsModel</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::ErrorBanner</name>
    <message>
        <source>Message banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::EventLogModel</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::FullDeltaPanel</name>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full and delta sync are the asset endpoints of older servers (deprecated from 2.3, removed in 3.0). They work with an API key and fill the same mirror as the stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full sync: list every asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me and every partner who shares with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One user id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user id (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;full sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run full sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta sync: what changed since a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ids, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me and every partner (prefilled from the mirror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers &quot;needs full sync&quot; unless the ids are exactly you and every partner who shares with you, or when more than 100 days or 10,000 changes have passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;delta sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run delta sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta sync never reports permanently deleted assets. Reconcile lists every asset id and removes the ones the server no longer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile the mirror with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the full sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the full sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full and delta sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages and results appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full sync: page of %1 assets of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (last page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says a full sync is needed: the time is more than 100 days ago, more than 10,000 assets changed, or the user ids are not exactly you and your partners. A full sync lists everything once; after it, delta sync works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta sync: %1 assets added or changed, %2 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server (%1) no longer has full and delta sync: they were removed in Immich 3.0. The sync stream does everything they did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user id whose assets to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complete: %2 assets in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::InspectorPanel</name>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow new events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to new events as they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a JSONL file to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the run as a JSONL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON of the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ack pending up to this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge pending acks up to the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled after %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 lines, %3 malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The raw JSON of older lines is not kept. Type: %1, ack: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live log of the current or last run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 older lines dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export run as JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 lines to %2 (%3 older lines without their data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 lines to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open JSONL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::MainWindow</name>
    <message>
        <source>Tidemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &amp;inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full / delta sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: a sample Immich server runs inside Tidemark with a made-up library. Start a sync to fill the mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 events · %3/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying in %1 s (attempt %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open JSONL capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export run as JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for full and delta sync (empty removes it).
The sync stream and checkpoints always need a login session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget this account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget %1 on this computer? This logs out and removes the saved secrets. The local mirror file stays on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ack all pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete all checkpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets as &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets as &amp;grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+6: panels
F5: start sync
Ctrl+.: cancel sync
Ctrl+R: refresh checkpoints
Ctrl+L: connect
Ctrl+F: search assets
Ctrl+Shift+T / Ctrl+Shift+G: assets as table / grid
Ctrl+O: open JSONL
Ctrl+Shift+S: export run
Alt + underlined letter: any button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tidemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tidemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidemark %1
A desktop client for the Immich Sync API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no saved accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidemark – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account: use File › Connect or try the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again to sync: the saved session is no longer valid or was ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ends the session on the server and deletes its checkpoints. The next login starts a new session, and its first sync downloads everything again. The local mirror stays browsable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::MonthlyAssetsModel</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::OverviewPanel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror and server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts in the mirror and on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets in the mirror per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of assets per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assets in the mirror yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per type in recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of events per type in recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs in this session yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo server on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>sync stream (%n request types)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no sync stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full and delta sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no full/delta sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V2 asset types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V1 asset types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown until the server answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(API key only: no stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3 mode): %4, %5 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners&apos; photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners&apos; videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All assets (incl. trash, hidden, albums)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exif records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Album entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mirror yet: run a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server statistics unavailable (offline?): compare later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: your photos and videos in the mirror match the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: %1 of your assets are not in the mirror yet. Run a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirror has %1 more of your assets than the server counts (deleted on the server? a sync will catch up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run −%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::RunHistoryModel</name>
    <message>
        <source>Cannot open the mirror %1 for reading: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the run history of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::SecretStore</name>
    <message>
        <source>the OS keychain is turned off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::ServerUrl</name>
    <message>
        <source>the address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; contains spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address scheme; use https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address has no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address must not contain a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IPv6 address in &quot;%1&quot; is missing its closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port (1-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear thumbnail cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thumbnail cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: acknowledge after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual: keep acks pending until I send them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: save nothing, acknowledge nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default acknowledgement mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;ack mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request fails when the server sends nothing for this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More languages will follow; a change applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::Sparkline</name>
    <message>
        <source>Throughput graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per second over the current run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (peak %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::SyncPanel</name>
    <message>
        <source>What to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request types (only those this server supports):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the default request types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all request types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the request types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save each batch, then acknowledge it to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, but keep the acks pending until you send them in Checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save nothing and acknowledge nothing: see what the server would send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ack mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset: ask the server to start over (re-downloads everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the server&apos;s checkpoints before streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the mirror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected with an API key only. The sync stream and checkpoints need a login session: log in with e-mail and password to stream. Full and delta sync work with the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is older than 1.127 and has no sync stream. Use full and delta sync instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one request type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming (%1 mode)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run complete: %1 events received; nothing was saved or acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: %1 events saved. Their acks are pending: send them in Checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: %1 events received and acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted after %1 events: %2 The next sync resumes from the last saved point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted after %1 events: the server ended the stream early. The next sync resumes from the last saved point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for a reset: the local copy was cleared. Run the sync again to download everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 events. The next sync resumes from the last saved point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events/s (average)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::SyncService</name>
    <message>
        <source>The account cannot change while a sync is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync settings cannot change while a sync is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::SyncWorker</name>
    <message>
        <source>A sync is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is newer than Tidemark: it sent entity type %1, which this version does not know. Those lines were skipped and not acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a reset; a dry run changes nothing, so nothing was wiped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tidemark::ThumbnailDelegate</name>
    <message>
        <source>No thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for the Immich Sync API.
Headless commands: tidemark help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in sample server and log in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets in memory only (log in again next time).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
