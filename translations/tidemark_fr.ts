<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>MirrorHealth</name>
    <message>
        <source>The local mirror %1 cannot be opened: %2.</source>
        <translation>Impossible d&apos;ouvrir le miroir local %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The local mirror %1 is not a database (%2).</source>
        <translation>Le miroir local %1 n&apos;est pas une base de données (%2).</translation>
    </message>
    <message>
        <source>The local mirror %1 is damaged: SQLite&apos;s check failed (%2).</source>
        <translation>Le miroir local %1 est endommagé&#xa0;: la vérification de SQLite a échoué (%2).</translation>
    </message>
    <message>
        <source>The local mirror %1 was written by a newer version of Tidemark (schema %2; this version reads up to %3).</source>
        <translation>Le miroir local %1 a été écrit par une version plus récente de Tidemark (schéma %2&#x202f;; cette version lit jusqu&apos;au %3).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No mirror yet: run a sync.</source>
        <translation>Pas encore de miroir&#xa0;: lancez une synchronisation.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The local mirror is being upgraded for this version of Tidemark; its counts follow when that is done.</source>
        <translation>Le miroir local est mis à niveau pour cette version de Tidemark ; ses chiffres suivront une fois terminé.</translation>
    </message>
</context>
<context>
    <name>Tidemark</name>
    <message>
        <source>%1 does not offer single sign-on. Log in with a password or an API key.</source>
        <translation>%1 ne propose pas d’authentification unique. Connectez-vous avec un mot de passe ou une clé d’API.</translation>
    </message>
    <message>
        <source>Tidemark could not wait for the browser&apos;s answer on this computer (%1). Choose Immich&apos;s app link instead, or paste the address the browser ends on.</source>
        <translation>Tidemark n’a pas pu attendre la réponse du navigateur sur cet ordinateur (%1). Choisissez plutôt le lien d’application d’Immich, ou collez l’adresse sur laquelle le navigateur s’arrête.</translation>
    </message>
    <message>
        <source>The answer from the sign-in page belongs to another login (its state differs), so it was not used and nothing was sent to %1. Log in again.</source>
        <translation>La réponse de la page de connexion appartient à une autre connexion (son « state » diffère)&#xa0;: elle n’a pas été utilisée et rien n’a été envoyé à %1. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The single sign-on provider refused the login (%1). Nothing was changed. Log in again, or ask the server&apos;s administrator.</source>
        <translation>Le fournisseur d’authentification unique a refusé la connexion (%1). Rien n’a été modifié. Reconnectez-vous, ou demandez à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The address carries no sign-in code (%1). Paste the whole address the browser ended on, or log in again.</source>
        <translation>L’adresse ne contient aucun code de connexion (%1). Collez l’adresse complète sur laquelle le navigateur s’est arrêté, ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 could not finish the single sign-on (it said: %2). The sign-in code may have expired (they last a few minutes) or been used already. Log in again.</source>
        <translation>%1 n’a pas pu terminer l’authentification unique (message&#xa0;: %2). Le code de connexion a peut-être expiré (il ne dure que quelques minutes) ou a déjà servi. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time, so this login was stopped. Log in again when you are ready.</source>
        <translation>La connexion dans le navigateur n’a pas été terminée à temps&#xa0;; cette connexion a donc été arrêtée. Reconnectez-vous quand vous serez prêt.</translation>
    </message>
    <message>
        <source>Single sign-on failed at %1: %2.</source>
        <translation>L’authentification unique a échoué auprès de %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Tidemark::AddressesDialog</name>
    <message>
        <source>Server addresses</source>
        <translation>Adresses du serveur</translation>
    </message>
    <message>
        <source>Tidemark uses the first of these addresses that answers, in this order: put a home (LAN) address before the public one. Before it sends your session to an address, it checks that the same Immich installation answers there.</source>
        <translation>Tidemark utilise la première de ces adresses qui répond, dans cet ordre&#xa0;: placez l’adresse de la maison (réseau local) avant l’adresse publique. Avant d’envoyer votre session à une adresse, il vérifie que c’est la même installation d’Immich qui y répond.</translation>
    </message>
    <message>
        <source>Server addresses, in the order they are tried</source>
        <translation>Adresses du serveur, dans l’ordre où elles sont essayées</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected address</source>
        <translation>Retirer l’adresse sélectionnée</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter (&amp;u)</translation>
    </message>
    <message>
        <source>Try the selected address earlier</source>
        <translation>Essayer l’adresse sélectionnée plus tôt</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Try the selected address later</source>
        <translation>Essayer l’adresse sélectionnée plus tard</translation>
    </message>
    <message>
        <source>Address in use</source>
        <translation>Adresse utilisée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No address is in use (not connected).</source>
        <translation>Aucune adresse n’est utilisée (non connecté).</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Utilisée maintenant&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tidemark::Error</name>
    <message>
        <source>Could not reach the server (%1): %2.</source>
        <translation>Impossible de joindre le serveur (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server stopped sending data (%1); the connection timed out.</source>
        <translation>Le serveur n&apos;envoie plus de données (%1)&#x202f;; le délai de connexion est dépassé.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1): %2. Its SHA-256 fingerprint is %3.</source>
        <translation>Le certificat du serveur n&apos;a pas été accepté (%1)&#xa0;: %2. Son empreinte SHA-256 est %3.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1): %2.</source>
        <translation>Le certificat du serveur n&apos;a pas été accepté (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server refused %1 with status %2: %3.</source>
        <translation>Le serveur a refusé %1 avec le statut %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The server refused %1 with status %2.</source>
        <translation>Le serveur a refusé %1 avec le statut %2.</translation>
    </message>
    <message>
        <source>The server sent data Tidemark cannot read (%1, line %2, byte %3): %4.</source>
        <translation>Le serveur a envoyé des données que Tidemark ne sait pas lire (%1, ligne %2, octet %3)&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The server sent data Tidemark cannot read (%1): %2.</source>
        <translation>Le serveur a envoyé des données que Tidemark ne sait pas lire (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This server version cannot do that (%1): %2.</source>
        <translation>Cette version du serveur ne permet pas cela (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The sync stream and checkpoints need a login session; the server refuses API keys for them (%1). Log in with email and password.</source>
        <translation>Le flux de synchronisation et les points de reprise exigent une session de connexion&#x202f;; le serveur refuse les clés d&apos;API pour cela (%1). Connectez-vous avec votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials (%1).</source>
        <translation>Le serveur n&apos;a pas accepté les identifiants (%1).</translation>
    </message>
    <message>
        <source>The server did not accept the credentials (%1): %2.</source>
        <translation>Le serveur n&apos;a pas accepté les identifiants (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The local mirror could not be written (%1): %2.</source>
        <translation>Impossible d&apos;écrire dans le miroir local (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cancelled (%1).</source>
        <translation>Annulé (%1).</translation>
    </message>
    <message>
        <source>The server redirected to another address; Tidemark did not follow it with your credentials (%1): %2.</source>
        <translation>Le serveur a redirigé vers une autre adresse&#x202f;; Tidemark ne l&apos;a pas suivie avec vos identifiants (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Invalid input (%1): %2.</source>
        <translation>Saisie non valide (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Another Tidemark process (pid %1) is syncing this account.</source>
        <translation>Un autre processus Tidemark (PID %1) synchronise ce compte.</translation>
    </message>
    <message>
        <source>The address answered, but it is not an Immich server (%1). Check the address and the port.</source>
        <translation>L’adresse a répondu, mais ce n’est pas un serveur Immich (%1). Vérifiez l’adresse et le port.</translation>
    </message>
    <message>
        <source>The server does not speak TLS (https) on that port (%1). Use http:// for it, or the port where the server offers https.</source>
        <translation>Le serveur ne parle pas TLS (https) sur ce port (%1). Utilisez http:// pour lui, ou le port où le serveur offre https.</translation>
    </message>
    <message>
        <source>The server was reached, but it closed the stream before it was complete (%1). What arrived before is kept; the next run continues from there.</source>
        <translation>Le serveur a été joint, mais il a fermé le flux avant la fin (%1). Ce qui est arrivé avant est conservé ; la prochaine exécution reprend à partir de là.</translation>
    </message>
    <message>
        <source>%1 has password login turned off: it accepts only single sign-on. Log in with single sign-on or an API key instead.</source>
        <translation>%1 a désactivé la connexion par mot de passe&#xa0;: il n’accepte que l’authentification unique. Connectez-vous plutôt par authentification unique ou avec une clé d’API.</translation>
    </message>
    <message>
        <source>%1 answers, but it is another Immich installation than the one this account belongs to (its version history differs), so Tidemark did not send your session there.</source>
        <translation>%1 répond, mais c’est une autre installation d’Immich que celle de ce compte (son historique des versions diffère)&#xa0;: Tidemark n’y a donc pas envoyé votre session.</translation>
    </message>
    <message>
        <source>The server did not accept the client certificate Tidemark showed it (%1). It may have expired or been revoked, or come from an authority the server does not trust: ask its administrator for a new one.</source>
        <translation>Le serveur n’a pas accepté le certificat client que Tidemark lui a présenté (%1). Il a peut-être expiré ou été révoqué, ou vient d’une autorité à laquelle le serveur ne fait pas confiance&#xa0;: demandez-en un nouveau à son administrateur.</translation>
    </message>
    <message>
        <source>The server asks for a client certificate (%1), and this account has none. Choose the certificate file (.p12 or .pfx) its administrator gave you.</source>
        <translation>Le serveur demande un certificat client (%1), et ce compte n’en a pas. Choisissez le fichier de certificat (.p12 ou .pfx) que son administrateur vous a donné.</translation>
    </message>
</context>
<context>
    <name>Tidemark::AppController</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Vérification du serveur…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Offline: showing the local mirror</source>
        <translation>Hors ligne&#xa0;: affichage du miroir local</translation>
    </message>
    <message>
        <source>Log in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>The old mirror was kept as %1; the next sync downloads the library again.</source>
        <translation>L&apos;ancien miroir a été conservé sous le nom %1&#x202f;; la synchronisation suivante téléchargera de nouveau la photothèque.</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): your session token is kept in memory until Tidemark quits, and you will have to log in again next time.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1)&#xa0;: votre jeton de session reste en mémoire jusqu&apos;à la fermeture de Tidemark, et vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>the demo: this copy of Tidemark has no demo server</source>
        <translation>la démonstration&#xa0;: cette copie de Tidemark n’a pas de serveur de démonstration</translation>
    </message>
</context>
<context>
    <name>Tidemark::AssetTableModel</name>
    <message>
        <source>me</source>
        <translation>moi</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Trashed</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Albums</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>propriétaire %1</translation>
    </message>
</context>
<context>
    <name>Tidemark::AssetsPanel</name>
    <message>
        <source>Search file names</source>
        <translation>Rechercher un nom de fichier</translation>
    </message>
    <message>
        <source>Search by file name</source>
        <translation>Rechercher par nom de fichier</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Shared albums only</source>
        <translation>Albums partagés uniquement</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtre de propriétaire</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Filtre de type</translation>
    </message>
    <message>
        <source>All albums</source>
        <translation>Tous les albums</translation>
    </message>
    <message>
        <source>Album filter</source>
        <translation>Filtre d&apos;album</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Date de prise de vue</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>In trash</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Afficher sous forme de tableau</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Grille</translation>
    </message>
    <message>
        <source>Show as thumbnail grid</source>
        <translation>Afficher sous forme de grille de miniatures</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>T&amp;ri&#xa0;:</translation>
    </message>
    <message>
        <source>Favorite filter</source>
        <translation>Filtre de favoris</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <source>Archived filter</source>
        <translation>Filtre d&apos;archive</translation>
    </message>
    <message>
        <source>Trashed</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <source>Trashed filter</source>
        <translation>Filtre de corbeille</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqués</translation>
    </message>
    <message>
        <source>Hidden filter</source>
        <translation>Filtre des masqués</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillés</translation>
    </message>
    <message>
        <source>Locked filter</source>
        <translation>Filtre des verrouillés</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>What the Immich timeline shows: not trashed, archived, hidden or locked</source>
        <translation>Ce qu&apos;affiche la chronologie d&apos;Immich&#xa0;: ni dans la corbeille, ni archivé, masqué ou verrouillé</translation>
    </message>
    <message>
        <source>Show the timeline view</source>
        <translation>Afficher la vue chronologique</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Number of assets</source>
        <translation>Nombre de médias</translation>
    </message>
    <message>
        <source>Assets table</source>
        <translation>Tableau des médias</translation>
    </message>
    <message>
        <source>Thumbnail grid</source>
        <translation>Grille de miniatures</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>Détails du média</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Cannot read the mirror: %1</source>
        <translation>Impossible de lire le miroir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select an asset to see its details.</source>
        <translation>Sélectionnez un média pour voir ses détails.</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Décroissant</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Croissant</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1&#xa0;: tous</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1&#xa0;: oui</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1&#xa0;: non</translation>
    </message>
    <message>
        <source>No mirror yet: connect and sync first.</source>
        <translation>Pas de miroir&#xa0;: connectez-vous, puis synchronisez.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n média</numerusform>
            <numerusform>%n médias</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled album)</source>
        <translation>(album sans titre)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise de vue</translation>
    </message>
    <message>
        <source>File created</source>
        <translation>Fichier créé</translation>
    </message>
    <message>
        <source>File modified</source>
        <translation>Fichier modifié</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>yes (file missing on the server)</source>
        <translation>oui (fichier absent du serveur)</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Albums</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Visages</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Pile</translation>
    </message>
    <message>
        <source>Live photo video</source>
        <translation>Vidéo de la Live Photo</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Aperture</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Focal length</source>
        <translation>Focale</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>Exif dimensions</source>
        <translation>Dimensions Exif</translation>
    </message>
    <message>
        <source>Taken (exif)</source>
        <translation>Prise de vue (Exif)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Exif</source>
        <translation>Exif</translation>
    </message>
    <message>
        <source>none in the mirror (sync AssetExifsV1 to get it)</source>
        <translation>aucune dans le miroir (synchronisez AssetExifsV1 pour les obtenir)</translation>
    </message>
    <message>
        <source>Shows only assets whose file name contains this text (Ctrl+F)</source>
        <translation>N&apos;affiche que les médias dont le nom de fichier contient ce texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Everyone&apos;s assets, only yours, only your partners&apos; or only those you see through shared albums</source>
        <translation>Les médias de tout le monde, seulement les vôtres, seulement ceux de vos partenaires ou seulement ceux que vous voyez par des albums partagés</translation>
    </message>
    <message>
        <source>Photos, videos, audio or other files only</source>
        <translation>Seulement les photos, vidéos, fichiers audio ou autres fichiers</translation>
    </message>
    <message>
        <source>Only the assets of one album</source>
        <translation>Seulement les médias d&apos;un album</translation>
    </message>
    <message>
        <source>The field the assets are ordered by</source>
        <translation>Le champ selon lequel les médias sont triés</translation>
    </message>
    <message>
        <source>Checked: descending, unchecked: ascending</source>
        <translation>Coché&#xa0;: décroissant, non coché&#xa0;: croissant</translation>
    </message>
    <message>
        <source>One asset per row with all its columns</source>
        <translation>Un média par ligne avec toutes ses colonnes</translation>
    </message>
    <message>
        <source>Thumbnails with their file names</source>
        <translation>Miniatures avec leur nom de fichier</translation>
    </message>
    <message>
        <source>Shows every asset of the mirror again</source>
        <translation>Affiche de nouveau tous les médias du miroir</translation>
    </message>
    <message>
        <source>Assets matching the filters</source>
        <translation>Médias correspondant aux filtres</translation>
    </message>
    <message>
        <source>The mirror&apos;s assets; select one to see its details</source>
        <translation>Les médias du miroir&#x202f;; sélectionnez-en un pour voir ses détails</translation>
    </message>
    <message>
        <source>Thumbnails of the mirror&apos;s assets; select one to see its details</source>
        <translation>Miniatures des médias du miroir&#x202f;; sélectionnez-en une pour voir les détails du média</translation>
    </message>
    <message>
        <source>Fields and exif of the selected asset</source>
        <translation>Champs et Exif du média sélectionné</translation>
    </message>
    <message>
        <source>Thumbnail of the selected asset</source>
        <translation>Miniature du média sélectionné</translation>
    </message>
    <message>
        <source>Any, only %1 assets or only the others</source>
        <translation>Tous, seulement les médias «&#xa0;%1&#xa0;» ou seulement les autres</translation>
    </message>
    <message>
        <source>Value of the selected asset</source>
        <translation>Valeur du média sélectionné</translation>
    </message>
    <message>
        <source>File name of the selected asset</source>
        <translation>Nom de fichier du média sélectionné</translation>
    </message>
    <message>
        <source>unknown (a full sync does not say; a stream sync will)</source>
        <translation>inconnu (une synchronisation complète ne le dit pas, le flux le dira)</translation>
    </message>
    <message>
        <source>yes, since an unknown time</source>
        <translation>oui, depuis une date inconnue</translation>
    </message>
</context>
<context>
    <name>Tidemark::BarChart</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Rien à afficher pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidemark::CheckpointModel</name>
    <message>
        <source>Server and local checkpoints agree</source>
        <translation>Les points de reprise du serveur et locaux concordent</translation>
    </message>
    <message>
        <source>Server and local checkpoints differ</source>
        <translation>Les points de reprise du serveur et locaux diffèrent</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Server ack</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Heure (serveur)</translation>
    </message>
    <message>
        <source>Local ack</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure (local)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Latest pending ack</source>
        <translation>Dernier en attente</translation>
    </message>
    <message>
        <source>Pending time</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Kept by the server: it writes this checkpoint itself once it has sent the older items of a newly shared partner or album (a backfill). Tidemark does not need its own copy, so this is not a disagreement.</source>
        <translation>Tenu par le serveur&#xa0;: il écrit lui-même ce point de reprise une fois qu&apos;il a envoyé les éléments plus anciens d&apos;un partenaire ou d&apos;un album nouvellement partagé (un rattrapage). Tidemark n&apos;a pas besoin de sa propre copie, ce n&apos;est donc pas une divergence.</translation>
    </message>
    <message>
        <source>kept by server</source>
        <translation>tenu par le serveur</translation>
    </message>
    <message>
        <source>Server ack:</source>
        <translation>Acquittement du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Local ack:</source>
        <translation>Acquittement local&#xa0;:</translation>
    </message>
    <message>
        <source>Latest pending ack:</source>
        <translation>Dernier acquittement en attente&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Tidemark::CheckpointsPanel</name>
    <message>
        <source>The server keeps one checkpoint (ack) per entity type for this login session. The next sync sends only what changed after it.</source>
        <translation>Le serveur garde un point de reprise (acquittement) par type d&apos;entité pour cette session de connexion. La synchronisation suivante n&apos;envoie que ce qui a changé depuis.</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Points de reprise</translation>
    </message>
    <message>
        <source>Checkpoint summary</source>
        <translation>Résumé des points de reprise</translation>
    </message>
    <message>
        <source>Pending acks (manual mode)</source>
        <translation>Acquittements en attente (mode manuel)</translation>
    </message>
    <message>
        <source>Ack &amp;all pending</source>
        <translation>Acquitter &amp;tout</translation>
    </message>
    <message>
        <source>Acknowledge all pending acks</source>
        <translation>Envoyer tous les acquittements en attente</translation>
    </message>
    <message>
        <source>Ack &amp;checked types</source>
        <translation>Acquitter les types &amp;cochés</translation>
    </message>
    <message>
        <source>Acknowledge pending acks of the checked or selected types</source>
        <translation>Envoyer les acquittements en attente des types cochés ou sélectionnés</translation>
    </message>
    <message>
        <source>event #</source>
        <translation>événement n°</translation>
    </message>
    <message>
        <source>Acknowledge up to this event number</source>
        <translation>Acquitter jusqu&apos;à ce numéro d&apos;événement</translation>
    </message>
    <message>
        <source>Ack &amp;up to event</source>
        <translation>Acquitter &amp;jusqu&apos;à l&apos;événement</translation>
    </message>
    <message>
        <source>Acknowledge pending acks up to the chosen event</source>
        <translation>Envoyer les acquittements en attente jusqu&apos;à l&apos;événement choisi</translation>
    </message>
    <message>
        <source>D&amp;iscard pending</source>
        <translation>A&amp;bandonner les acquittements en attente</translation>
    </message>
    <message>
        <source>Discard pending acks of the checked or selected types</source>
        <translation>Abandonner les acquittements en attente des types cochés ou sélectionnés</translation>
    </message>
    <message>
        <source>Server checkpoints</source>
        <translation>Points de reprise du serveur</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>Refresh checkpoints from the server</source>
        <translation>Recharger les points de reprise depuis le serveur</translation>
    </message>
    <message>
        <source>Reset c&amp;hecked types…</source>
        <translation>&amp;Réinitialiser les types cochés…</translation>
    </message>
    <message>
        <source>Reset the checkpoints of the checked or selected types</source>
        <translation>Réinitialiser les points de reprise des types cochés ou sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Delete all checkpoints…</source>
        <translation>&amp;Supprimer tous les points de reprise…</translation>
    </message>
    <message>
        <source>Delete all checkpoints on the server</source>
        <translation>Supprimer tous les points de reprise sur le serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n entity type(s) with a checkpoint.</source>
        <translation>
            <numerusform>%n type d&apos;entité avec un point de reprise.</numerusform>
            <numerusform>%n types d&apos;entité avec un point de reprise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ between server and local.</source>
        <translation>
            <numerusform>Dont %n diffère entre le serveur et le miroir.</numerusform>
            <numerusform>Dont %n diffèrent entre le serveur et le miroir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server and local agree.</source>
        <translation>Le serveur et le miroir concordent.</translation>
    </message>
    <message>
        <source>Check or select the entity types to acknowledge first.</source>
        <translation>Cochez ou sélectionnez d&apos;abord les types d&apos;entité à acquitter.</translation>
    </message>
    <message>
        <source>Check or select the entity types to reset first.</source>
        <translation>Cochez ou sélectionnez d&apos;abord les types d&apos;entité à réinitialiser.</translation>
    </message>
    <message>
        <source>Reset checkpoints</source>
        <translation>Réinitialiser les points de reprise</translation>
    </message>
    <message numerus="yes">
        <source>Reset the checkpoints of %n type(s) on the server?</source>
        <translation>
            <numerusform>Réinitialiser les points de reprise de %n type sur le serveur&#x202f;?</numerusform>
            <numerusform>Réinitialiser les points de reprise de %n types sur le serveur&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The next sync downloads every %1 event again from the beginning. Nothing is deleted on the server or in your photos.</source>
        <translation>La synchronisation suivante téléchargera à nouveau chaque événement %1 depuis le début. Rien n&apos;est supprimé sur le serveur ni dans vos photos.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Delete all checkpoints</source>
        <translation>Supprimer tous les points de reprise</translation>
    </message>
    <message>
        <source>Delete every checkpoint of this session on the server?</source>
        <translation>Supprimer tous les points de reprise de cette session sur le serveur&#x202f;?</translation>
    </message>
    <message>
        <source>The next sync downloads everything again (all users, assets, albums, exif…). Nothing is deleted on the server or in your photos.</source>
        <translation>La synchronisation suivante téléchargera tout à nouveau (utilisateurs, médias, albums, Exif…). Rien n&apos;est supprimé sur le serveur ni dans vos photos.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>all types</source>
        <translation>tous les types</translation>
    </message>
    <message>
        <source>Discard pending acks</source>
        <translation>Abandonner les acquittements en attente</translation>
    </message>
    <message>
        <source>Discard the pending acks of %1?</source>
        <translation>Abandonner les acquittements en attente de %1&#x202f;?</translation>
    </message>
    <message>
        <source>They are not sent to the server, so the next sync sends those events again. The data already saved stays in the mirror.</source>
        <translation>Ils ne sont pas envoyés au serveur&#xa0;: la synchronisation suivante renverra donc ces événements. Les données déjà enregistrées restent dans le miroir.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n type(s).</source>
        <translation>
            <numerusform>%1 dans %n type.</numerusform>
            <numerusform>%1 dans %n types.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending ack(s)</source>
        <translation>
            <numerusform>%Ln acquittement en attente</numerusform>
            <numerusform>%Ln acquittements en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per entity type: the ack the server keeps, the one the mirror recorded and any pending ack. Space checks a type.</source>
        <translation>Une ligne par type d&apos;entité&#xa0;: l&apos;acquittement que garde le serveur, celui qu&apos;a enregistré le miroir et tout acquittement en attente. La barre d&apos;espace coche un type.</translation>
    </message>
    <message>
        <source>Sends every pending ack to the server (manual ack mode).</source>
        <translation>Envoie au serveur chaque acquittement en attente (mode d&apos;acquittement manuel).</translation>
    </message>
    <message>
        <source>Sends the pending acks of the checked or selected types to the server.</source>
        <translation>Envoie au serveur les acquittements en attente des types cochés ou sélectionnés.</translation>
    </message>
    <message>
        <source>Event number of the current run up to which pending acks are sent.</source>
        <translation>Numéro d&apos;événement de l&apos;exécution en cours jusqu&apos;auquel les acquittements en attente sont envoyés.</translation>
    </message>
    <message>
        <source>Sends the pending acks of events up to the chosen number.</source>
        <translation>Envoie les acquittements en attente des événements jusqu&apos;au numéro choisi.</translation>
    </message>
    <message>
        <source>Forgets pending acks without sending them; the server sends those events again.</source>
        <translation>Abandonne les acquittements en attente sans les envoyer&#x202f;; le serveur renverra ces événements.</translation>
    </message>
    <message>
        <source>Reads the checkpoints again from the server (GET /sync/ack).</source>
        <translation>Relit les points de reprise depuis le serveur (GET /sync/ack).</translation>
    </message>
    <message>
        <source>Deletes the server checkpoints of the checked types, so the next sync sends them from the start.</source>
        <translation>Supprime sur le serveur les points de reprise des types cochés&#xa0;: la synchronisation suivante les enverra depuis le début.</translation>
    </message>
    <message>
        <source>Deletes all checkpoints of this session on the server; the next sync starts over.</source>
        <translation>Supprime tous les points de reprise de cette session sur le serveur&#x202f;; la synchronisation suivante repart de zéro.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept by the server for backfill.</source>
        <translation>
            <numerusform>Dont %n tenu par le serveur pour un rattrapage.</numerusform>
            <numerusform>Dont %n tenus par le serveur pour des rattrapages.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy ack</source>
        <translation>&amp;Copier l&apos;acquittement</translation>
    </message>
    <message>
        <source>Copies the full ack of the selected rows: the server&apos;s, or the local or pending one in those columns.</source>
        <translation>Copie l&apos;acquittement complet des lignes sélectionnées&#xa0;: celui du serveur, ou le local ou celui en attente dans ces colonnes.</translation>
    </message>
</context>
<context>
    <name>Tidemark::Cli</name>
    <message>
        <source>%1 Nothing was changed: move the file aside (or open Tidemark to rebuild it) and run the command again.</source>
        <translation>%1 Rien n&apos;a été modifié&#xa0;: déplacez le fichier (ou ouvrez Tidemark pour le reconstruire) et relancez la commande.</translation>
    </message>
    <message>
        <source>ENTITY TYPE</source>
        <translation>TYPE D’ENTITÉ</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>REÇUES</translation>
    </message>
    <message>
        <source>STORED</source>
        <translation>ENREGISTRÉES</translation>
    </message>
    <message>
        <source>%1 mode</source>
        <translation>mode %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) received</source>
        <translation>
            <numerusform>%Ln ligne reçue</numerusform>
            <numerusform>%Ln lignes reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored</source>
        <translation>
            <numerusform>%Ln enregistrée</numerusform>
            <numerusform>%Ln enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln acknowledgement request(s)</source>
        <translation>
            <numerusform>%Ln demande d’accusé de réception</numerusform>
            <numerusform>%Ln demandes d’accusé de réception</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a full sync is needed, nothing was changed (%2)</source>
        <translation>%1 : une synchronisation complète est nécessaire, rien n’a été modifié (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checkpoint(s) waiting to be sent (%1): review with `tidemark acks list`, send with `tidemark acks set`.</source>
        <translation>
            <numerusform>%Ln point de contrôle en attente d’envoi (%1) : vérifiez avec `tidemark acks list`, envoyez avec `tidemark acks set`.</numerusform>
            <numerusform>%Ln points de contrôle en attente d’envoi (%1) : vérifiez avec `tidemark acks list`, envoyez avec `tidemark acks set`.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln type(s)</source>
        <translation>
            <numerusform>%Ln type</numerusform>
            <numerusform>%Ln types</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent the newest waiting checkpoint of %1 (covering %2).</source>
        <translation>Point de contrôle en attente le plus récent envoyé pour %1 (couvrant %2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting checkpoint(s)</source>
        <translation>
            <numerusform>%Ln point de contrôle en attente</numerusform>
            <numerusform>%Ln points de contrôle en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1: the server asks for a full sync instead.</source>
        <translation>Depuis %1 : le serveur demande plutôt une synchronisation complète.</translation>
    </message>
    <message>
        <source>the server cannot list the changes since this date and asks for a full sync: nothing was changed; run `tidemark full-sync`</source>
        <translation>le serveur ne peut pas lister les modifications depuis cette date et demande une synchronisation complète : rien n’a été modifié ; lancez `tidemark full-sync`</translation>
    </message>
    <message>
        <source>Listed %1 on the server; removed %2 the server no longer has.</source>
        <translation>%1 listé(s) sur le serveur ; %2 que le serveur n’a plus supprimé(s).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln local asset(s)</source>
        <translation>
            <numerusform>%Ln élément local</numerusform>
            <numerusform>%Ln éléments locaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>favorite of %Ln partner asset(s)</source>
        <translation>
            <numerusform>favori de %Ln élément d’un partenaire</numerusform>
            <numerusform>favori de %Ln éléments de partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deletion time of %Ln trashed asset(s)</source>
        <translation>
            <numerusform>date de suppression de %Ln élément à la corbeille</numerusform>
            <numerusform>date de suppression de %Ln éléments à la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Immich cannot live under a sub-path of a web address, so &quot;%1&quot; is left out: Tidemark uses %2</source>
        <translation>Immich ne peut pas se trouver sous un sous-chemin d’une adresse web, « %1 » est donc ignoré : Tidemark utilise %2</translation>
    </message>
</context>
<context>
    <name>Tidemark::ClientCertificate</name>
    <message>
        <source>No client certificate file was chosen.</source>
        <translation>Aucun fichier de certificat client n’a été choisi.</translation>
    </message>
    <message>
        <source>The client certificate file %1 does not exist.</source>
        <translation>Le fichier de certificat client %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The client certificate file %1 cannot be read: %2.</source>
        <translation>Le fichier de certificat client %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The client certificate in %1 expired on %2.</source>
        <translation>Le certificat client de %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (valable jusqu’au %2)</translation>
    </message>
    <message>
        <source>The client certificate file %1 could not be opened: it is not a PKCS#12 file (.p12 or .pfx) with a certificate and its private key, or the password is wrong.</source>
        <translation>Le fichier de certificat client %1 n’a pas pu être ouvert&#xa0;: ce n’est pas un fichier PKCS#12 (.p12 ou .pfx) contenant un certificat et sa clé privée, ou le mot de passe est faux.</translation>
    </message>
</context>
<context>
    <name>Tidemark::ClientCertificateDialog</name>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Some servers sit behind a proxy that lets in only devices with a certificate of their own. Choose the certificate file (.p12 or .pfx) its administrator gave you and enter its password. Tidemark shows it only to this server, and keeps the password in the system keychain.</source>
        <translation>Certains serveurs sont derrière un proxy qui ne laisse entrer que les appareils munis de leur propre certificat. Choisissez le fichier de certificat (.p12 ou .pfx) que son administrateur vous a donné et saisissez son mot de passe. Tidemark ne le présente qu’à ce serveur et garde le mot de passe dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Aucun certificat</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier de certificat</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Mot de passe du certificat</translation>
    </message>
    <message>
        <source>Kept in the system keychain; shown only as dots.</source>
        <translation>Gardé dans le trousseau du système&#xa0;; affiché seulement sous forme de points.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;No certificate</source>
        <translation>&amp;Aucun certificat</translation>
    </message>
    <message>
        <source>Use no client certificate</source>
        <translation>N’utiliser aucun certificat client</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificats (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (not opened)</source>
        <translation>%1 (non ouvert)</translation>
    </message>
</context>
<context>
    <name>Tidemark::ConnectDialog</name>
    <message>
        <source>Connect to an Immich server</source>
        <translation>Connexion à un serveur Immich</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>photos.example.com or http://192.168.1.5:2283</source>
        <translation>photos.example.com ou http://192.168.1.5:2283</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>C&amp;heck server</source>
        <translation>&amp;Vérifier le serveur</translation>
    </message>
    <message>
        <source>Check the server</source>
        <translation>Vérifier le serveur</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Server information</source>
        <translation>Informations sur le serveur</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>Clé d&apos;API (facultative)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>An API key works for full and delta sync, statistics and thumbnails. The sync stream and checkpoints need a login session: the server refuses them for API keys. Logging in creates a new session with its own checkpoints; the token is kept in the system keychain.</source>
        <translation>Une clé d&apos;API suffit pour la synchronisation complète et delta, les statistiques et les miniatures. Le flux de synchronisation et les points de reprise exigent une session de connexion&#xa0;: le serveur les refuse aux clés d&apos;API. Se connecter crée une nouvelle session avec ses propres points de reprise&#x202f;; le jeton est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Try the demo with a sample server on this computer</source>
        <translation>Essayer la démo avec un serveur d&apos;exemple sur cet ordinateur</translation>
    </message>
    <message>
        <source>Starts a sample Immich-compatible server inside Tidemark, with a made-up library, and logs in to it.</source>
        <translation>Démarre dans Tidemark un serveur d&apos;exemple compatible avec Immich, avec une photothèque fictive, et s&apos;y connecte.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Check that the server is running and try again.</source>
        <translation>Vérifiez que le serveur fonctionne et réessayez.</translation>
    </message>
    <message>
        <source>Check the address.</source>
        <translation>Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Immich %1 at %2.</source>
        <translation>Immich %1 à l&apos;adresse %2.</translation>
    </message>
    <message>
        <source>Sync stream: no (needs 1.127 or newer).</source>
        <translation>Flux de synchronisation&#xa0;: non (nécessite la version 1.127 ou plus récente).</translation>
    </message>
    <message>
        <source>Full and delta sync: yes.</source>
        <translation>Synchronisation complète et delta&#xa0;: oui.</translation>
    </message>
    <message>
        <source>Full and delta sync: no (removed in 3.0).</source>
        <translation>Synchronisation complète et delta&#xa0;: non (supprimée dans la version 3.0).</translation>
    </message>
    <message>
        <source>Asset types: V2.</source>
        <translation>Types de média&#xa0;: V2.</translation>
    </message>
    <message>
        <source>Asset types: V1.</source>
        <translation>Types de média&#xa0;: V1.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Vérification du serveur…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Saisissez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter your password, or an API key.</source>
        <translation>Saisissez votre mot de passe ou une clé d&apos;API.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Démarrage du serveur de démonstration…</translation>
    </message>
    <message>
        <source>Unencrypted connection warning</source>
        <translation>Avertissement de connexion non chiffrée</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>Trust this certificate for this server</source>
        <translation>Faire confiance à ce certificat pour ce serveur</translation>
    </message>
    <message>
        <source>Warning: http:// is not encrypted. Your password and session token would cross the network readable by anyone on the way. Use https:// unless this network is entirely yours.</source>
        <translation>Attention&#xa0;: http:// n&apos;est pas chiffré. Votre mot de passe et votre jeton de session traverseraient le réseau lisibles par quiconque sur le trajet. Utilisez https:// sauf si ce réseau est entièrement le vôtre.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the certificate of %1:
%2
Trust it only if it matches the one your server shows.</source>
        <translation>Empreinte SHA-256 du certificat de %1&#xa0;:
%2
Ne lui faites confiance que si elle correspond à celle qu&apos;affiche votre serveur.</translation>
    </message>
    <message>
        <source>Certificate not trusted.</source>
        <translation>Certificat non reconnu comme fiable.</translation>
    </message>
    <message>
        <source>For example photos.example.com, http://192.168.1.5:2283 or https://photos.example.com/api.</source>
        <translation>Par exemple photos.example.com, http://192.168.1.5:2283 ou https://photos.example.com/api.</translation>
    </message>
    <message>
        <source>Checks that an Immich server answers there and shows its version and what it supports.</source>
        <translation>Vérifie qu&apos;un serveur Immich y répond et affiche sa version et ce qu&apos;il prend en charge.</translation>
    </message>
    <message>
        <source>Accepts this server&apos;s certificate although no known authority vouches for it; compare its fingerprint first.</source>
        <translation>Accepte le certificat de ce serveur bien qu&apos;aucune autorité connue ne le garantisse&#x202f;; comparez d&apos;abord son empreinte.</translation>
    </message>
    <message>
        <source>Sent only to the server to log in; never saved. The session token is kept in the keychain.</source>
        <translation>Envoyé uniquement au serveur pour la connexion, jamais enregistré. Le jeton de session est conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>Checks the server and logs in.</source>
        <translation>Vérifie le serveur et se connecte.</translation>
    </message>
    <message>
        <source>Starts a built-in Immich-compatible server with a made-up library and logs in to it.</source>
        <translation>Démarre un serveur intégré compatible avec Immich, avec une photothèque fictive, et s&apos;y connecte.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The email address you log in to Immich with.</source>
        <translation>L’adresse e-mail avec laquelle vous vous connectez à Immich.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Check the email and password.</source>
        <translation>Vérifiez l’e-mail et le mot de passe.</translation>
    </message>
    <message>
        <source>The server answers. Enter your email and password.</source>
        <translation>Le serveur répond. Saisissez votre e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Sent only to the server to log in; never saved. The session is kept only while Tidemark runs.</source>
        <translation>Envoyé uniquement au serveur pour la connexion, jamais enregistré. La session n&apos;est conservée que pendant que Tidemark est ouvert.</translation>
    </message>
    <message>
        <source>An API key works for full and delta sync, statistics and thumbnails. The sync stream and checkpoints need a login session: the server refuses them for API keys. Logging in creates a new session with its own checkpoints; it is kept only while Tidemark runs, not saved.</source>
        <translation>Une clé d&apos;API suffit pour la synchronisation complète et delta, les statistiques et les miniatures. Le flux de synchronisation et les points de reprise exigent une session de connexion&#xa0;: le serveur les refuse aux clés d&apos;API. Se connecter crée une nouvelle session avec ses propres points de reprise&#x202f;; elle n&apos;est conservée que pendant que Tidemark est ouvert, jamais enregistrée.</translation>
    </message>
    <message>
        <source>Request types of this server&apos;s sync stream: %1</source>
        <translation>Types de requête du flux de synchronisation de ce serveur : %1</translation>
    </message>
    <message>
        <source>Optional: instead of a password, for full and delta sync, statistics and thumbnails (not the sync stream); kept only while Tidemark runs.</source>
        <translation>Facultative : à la place d’un mot de passe, pour la synchronisation complète et delta, les statistiques et les miniatures (pas le flux de synchronisation) ; conservée seulement pendant que Tidemark est ouvert.</translation>
    </message>
    <message>
        <source>Optional: instead of a password, for full and delta sync, statistics and thumbnails (not the sync stream); kept in the keychain.</source>
        <translation>Facultative : à la place d’un mot de passe, pour la synchronisation complète et delta, les statistiques et les miniatures (pas le flux de synchronisation) ; conservée dans le trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>Sync stream: yes, %n request type(s).</source>
        <translation>
            <numerusform>Flux de synchronisation : oui, %n type de requête.</numerusform>
            <numerusform>Flux de synchronisation : oui, %n types de requête.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in: single sign-on only.</source>
        <translation>Connexion&#xa0;: authentification unique seulement.</translation>
    </message>
    <message>
        <source>Log in: password or single sign-on.</source>
        <translation>Connexion&#xa0;: mot de passe ou authentification unique.</translation>
    </message>
    <message>
        <source>Log in: password.</source>
        <translation>Connexion&#xa0;: mot de passe.</translation>
    </message>
    <message>
        <source>Enter an API key: this server accepts no passwords.</source>
        <translation>Saisissez une clé d’API&#xa0;: ce serveur n’accepte aucun mot de passe.</translation>
    </message>
    <message>
        <source>required by this server</source>
        <translation>exigée par ce serveur</translation>
    </message>
    <message>
        <source>Log in with single sign-on</source>
        <translation>Se connecter par authentification unique</translation>
    </message>
    <message>
        <source>Opens the server&apos;s sign-in page in your browser and waits for its answer.</source>
        <translation>Ouvre la page de connexion du serveur dans votre navigateur et attend sa réponse.</translation>
    </message>
    <message>
        <source>Single sign-on:</source>
        <translation>Authentification unique&#xa0;:</translation>
    </message>
    <message>
        <source>Tidemark on this computer (127.0.0.1)</source>
        <translation>Tidemark sur cet ordinateur (127.0.0.1)</translation>
    </message>
    <message>
        <source>Immich&apos;s app link (app.immich://)</source>
        <translation>Lien d’application d’Immich (app.immich://)</translation>
    </message>
    <message>
        <source>How the sign-in page answers</source>
        <translation>Comment la page de connexion répond</translation>
    </message>
    <message>
        <source>The address your single sign-on provider sends the browser back to. Its administrator must allow it: loopback addresses for this computer, or Immich&apos;s app link, which the mobile app uses too.</source>
        <translation>L’adresse vers laquelle votre fournisseur d’authentification unique renvoie le navigateur. Son administrateur doit l’autoriser&#xa0;: les adresses de bouclage pour cet ordinateur, ou le lien d’application d’Immich, qu’utilise aussi l’application mobile.</translation>
    </message>
    <message>
        <source>&amp;Answer to:</source>
        <translation>&amp;Réponse à&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Adresse de la page de connexion</translation>
    </message>
    <message>
        <source>Sign-in &amp;page:</source>
        <translation>&amp;Page de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>app.immich:///oauth-callback?code=…</source>
        <translation>app.immich:///oauth-callback?code=…</translation>
    </message>
    <message>
        <source>Address the browser ended on</source>
        <translation>Adresse sur laquelle le navigateur s’est arrêté</translation>
    </message>
    <message>
        <source>If the browser could not hand the answer back to Tidemark, paste the address it ended on here.</source>
        <translation>Si le navigateur n’a pas pu rendre la réponse à Tidemark, collez ici l’adresse sur laquelle il s’est arrêté.</translation>
    </message>
    <message>
        <source>&amp;Use address</source>
        <translation>&amp;Utiliser l’adresse</translation>
    </message>
    <message>
        <source>Use the pasted address</source>
        <translation>Utiliser l’adresse collée</translation>
    </message>
    <message>
        <source>Browser ended &amp;on:</source>
        <translation>Arrêt du navigateur &amp;sur&#xa0;:</translation>
    </message>
    <message>
        <source>This server accepts only single sign-on. Use the button “%1”, or log in with an API key (create one in Immich under Account Settings, API Keys).</source>
        <translation>Ce serveur n’accepte que l’authentification unique. Utilisez le bouton « %1 », ou connectez-vous avec une clé d’API (à créer dans Immich sous Paramètres du compte, Clés d’API).</translation>
    </message>
    <message>
        <source>This server accepts no passwords and offers no single sign-on. Log in with an API key (create one in Immich under Account Settings, API Keys).</source>
        <translation>Ce serveur n’accepte aucun mot de passe et ne propose pas d’authentification unique. Connectez-vous avec une clé d’API (à créer dans Immich sous Paramètres du compte, Clés d’API).</translation>
    </message>
    <message>
        <source>The server answers. Enter your email and password, or use single sign-on.</source>
        <translation>Le serveur répond. Saisissez votre adresse e-mail et votre mot de passe, ou utilisez l’authentification unique.</translation>
    </message>
    <message>
        <source>Opening the sign-in page…</source>
        <translation>Ouverture de la page de connexion…</translation>
    </message>
    <message>
        <source>Finish logging in in your browser: Tidemark opened the sign-in page. If it did not appear, open the address above yourself.</source>
        <translation>Terminez la connexion dans votre navigateur&#xa0;: Tidemark a ouvert la page de connexion. Si elle n’est pas apparue, ouvrez vous-même l’adresse ci-dessus.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open the address above in a browser to log in.</source>
        <translation>Aucun navigateur n’a pu être ouvert. Ouvrez l’adresse ci-dessus dans un navigateur pour vous connecter.</translation>
    </message>
    <message>
        <source>At the end, let the browser open Tidemark for the app.immich link, or paste the address it ended on below.</source>
        <translation>À la fin, laissez le navigateur ouvrir Tidemark pour le lien app.immich, ou collez ci-dessous l’adresse sur laquelle il s’est arrêté.</translation>
    </message>
    <message>
        <source>Cancel stops waiting.</source>
        <translation>Annuler arrête l’attente.</translation>
    </message>
    <message>
        <source>Proxy &amp;headers…</source>
        <translation>&amp;En-têtes du proxy…</translation>
    </message>
    <message>
        <source>Proxy headers</source>
        <translation>En-têtes du proxy</translation>
    </message>
    <message>
        <source>Headers a proxy in front of the server asks for, such as Cloudflare Access&apos;.</source>
        <translation>Les en-têtes qu’un proxy devant le serveur exige, comme ceux de Cloudflare Access.</translation>
    </message>
    <message>
        <source>Proxy headers set</source>
        <translation>En-têtes du proxy définis</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;certificate…</source>
        <translation>&amp;Certificat client…</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>The certificate file a proxy in front of the server asks for (mutual TLS).</source>
        <translation>Le fichier de certificat que demande un proxy placé devant le serveur (TLS mutuel).</translation>
    </message>
    <message>
        <source>Client certificate in use</source>
        <translation>Certificat client utilisé</translation>
    </message>
</context>
<context>
    <name>Tidemark::ErrorBanner</name>
    <message>
        <source>Message banner</source>
        <translation>Bandeau de message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Action suggérée</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Réinitialiser…</translation>
    </message>
    <message>
        <source>Check connection…</source>
        <translation>Vérifier la connexion…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Does what the message suggests: retry, log in again or check the settings.</source>
        <translation>Fait ce que propose le message&#xa0;: réessayer, se reconnecter ou vérifier les paramètres.</translation>
    </message>
    <message>
        <source>Shows the request, status and technical detail behind the message.</source>
        <translation>Affiche la requête, le statut et le détail technique derrière le message.</translation>
    </message>
    <message>
        <source>Hides the message (Escape).</source>
        <translation>Masque le message (Échap).</translation>
    </message>
</context>
<context>
    <name>Tidemark::EventLogModel</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>Acquittement</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>Tidemark::EventSummaries</name>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>in timeline</source>
        <translation>dans la chronologie</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>dans la corbeille</translation>
    </message>
    <message>
        <source>unknown type (skipped, not acknowledged)</source>
        <translation>type inconnu (ignoré, non acquitté)</translation>
    </message>
    <message>
        <source>checkpoint %1</source>
        <translation>point de reprise %1</translation>
    </message>
    <message>
        <source>end of run</source>
        <translation>fin de l&apos;exécution</translation>
    </message>
    <message>
        <source>server asks for a reset</source>
        <translation>le serveur demande une réinitialisation</translation>
    </message>
</context>
<context>
    <name>Tidemark::FullDeltaPanel</name>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Full sync</source>
        <translation>Synchronisation complète</translation>
    </message>
    <message>
        <source>Delta sync</source>
        <translation>Synchronisation delta</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Réconciliation</translation>
    </message>
    <message>
        <source>Full and delta sync are the asset endpoints of older servers (deprecated from 2.3, removed in 3.0). They work with an API key and fill the same mirror as the stream.</source>
        <translation>La synchronisation complète et la synchronisation delta sont les points d&apos;accès aux médias des anciens serveurs (obsolètes depuis la 2.3, supprimés dans la 3.0). Elles fonctionnent avec une clé d&apos;API et remplissent le même miroir que le flux.</translation>
    </message>
    <message>
        <source>Full sync: list every asset</source>
        <translation>Synchronisation complète&#xa0;: lister chaque média</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Taille de page&#xa0;:</translation>
    </message>
    <message>
        <source>Me and every partner who shares with me</source>
        <translation>Moi et chaque partenaire qui partage avec moi</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Moi uniquement</translation>
    </message>
    <message>
        <source>One user id:</source>
        <translation>Un identifiant d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Whose assets</source>
        <translation>Propriétaire des médias</translation>
    </message>
    <message>
        <source>user id (UUID)</source>
        <translation>identifiant d&apos;utilisateur (UUID)</translation>
    </message>
    <message>
        <source>Owner user id</source>
        <translation>Identifiant d&apos;utilisateur du propriétaire</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Run &amp;full sync</source>
        <translation>Lancer la synchronisation &amp;complète</translation>
    </message>
    <message>
        <source>Run full sync</source>
        <translation>Lancer la synchronisation complète</translation>
    </message>
    <message>
        <source>Delta sync: what changed since a time</source>
        <translation>Synchronisation delta&#xa0;: ce qui a changé depuis un moment donné</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Modifié depuis</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>Depu&amp;is&#xa0;:</translation>
    </message>
    <message>
        <source>User ids, comma-separated</source>
        <translation>Identifiants d&apos;utilisateur, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;User ids:</source>
        <translation>Identifiants d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Run &amp;delta sync</source>
        <translation>Lancer la synchronisation &amp;delta</translation>
    </message>
    <message>
        <source>Run delta sync</source>
        <translation>Lancer la synchronisation delta</translation>
    </message>
    <message>
        <source>Delta sync never reports permanently deleted assets. Reconcile lists every asset id and removes the ones the server no longer has.</source>
        <translation>La synchronisation delta ne signale jamais les médias supprimés définitivement. La réconciliation liste chaque identifiant de média et retire ceux que le serveur n&apos;a plus.</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>&amp;Réconcilier</translation>
    </message>
    <message>
        <source>Reconcile the mirror with the server</source>
        <translation>Réconcilier le miroir avec le serveur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Run the full sync &amp;now</source>
        <translation>Lancer la synchronisation complète &amp;maintenant</translation>
    </message>
    <message>
        <source>Run the full sync now</source>
        <translation>Lancer la synchronisation complète maintenant</translation>
    </message>
    <message>
        <source>Full and delta sync log</source>
        <translation>Journal de la synchronisation complète et delta</translation>
    </message>
    <message>
        <source>Pages and results appear here.</source>
        <translation>Les pages et les résultats apparaissent ici.</translation>
    </message>
    <message>
        <source> (last page)</source>
        <translation> (dernière page)</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 en cours…</translation>
    </message>
    <message>
        <source>This server (%1) no longer has full and delta sync: they were removed in Immich 3.0. The sync stream does everything they did.</source>
        <translation>Ce serveur (%1) n&apos;a plus de synchronisation complète ni delta&#xa0;: elles ont été supprimées dans Immich 3.0. Le flux de synchronisation fait tout ce qu&apos;elles faisaient.</translation>
    </message>
    <message>
        <source>Enter the user id whose assets to list.</source>
        <translation>Saisissez l&apos;identifiant de l&apos;utilisateur dont les médias sont à lister.</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 annulée.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 en échec&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Full sync: page of %Ln asset(s) of %1%2</source>
        <translation>
            <numerusform>Synchronisation complète&#xa0;: page de %Ln média de %1%2</numerusform>
            <numerusform>Synchronisation complète&#xa0;: page de %Ln médias de %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delta sync: %Ln asset(s) added or changed, %1 deleted.</source>
        <translation>
            <numerusform>Synchronisation delta&#xa0;: %Ln média ajouté ou modifié, %1 supprimé(s).</numerusform>
            <numerusform>Synchronisation delta&#xa0;: %Ln médias ajoutés ou modifiés, %1 supprimé(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 complete: %Ln asset(s) in %2 s.</source>
        <translation>
            <numerusform>%1 terminée&#xa0;: %Ln média en %2 s.</numerusform>
            <numerusform>%1 terminée&#xa0;: %Ln médias en %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of assets requested per page of the full sync.</source>
        <translation>Nombre de médias demandés par page de la synchronisation complète.</translation>
    </message>
    <message>
        <source>Whose assets the full sync lists: yours, a partner&apos;s or any user id.</source>
        <translation>Les médias que liste la synchronisation complète&#xa0;: les vôtres, ceux d&apos;un partenaire ou ceux de n&apos;importe quel identifiant d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The user id whose assets are listed when &quot;another user id&quot; is chosen.</source>
        <translation>L&apos;identifiant de l&apos;utilisateur dont les médias sont listés quand «&#xa0;Un identifiant d&apos;utilisateur&#xa0;» est choisi.</translation>
    </message>
    <message>
        <source>Lists every asset page by page (POST /sync/full-sync) into the mirror.</source>
        <translation>Liste chaque média page par page dans le miroir (POST /sync/full-sync).</translation>
    </message>
    <message>
        <source>The delta sync asks for changes after this date and time.</source>
        <translation>La synchronisation delta demande les modifications postérieures à cette date et cette heure.</translation>
    </message>
    <message>
        <source>The users whose changes the delta sync asks for; empty means you and your partners.</source>
        <translation>Les utilisateurs dont la synchronisation delta demande les modifications&#x202f;; vide signifie vous et vos partenaires.</translation>
    </message>
    <message>
        <source>Asks the server what changed since the chosen time (POST /sync/delta-sync).</source>
        <translation>Demande au serveur ce qui a changé depuis le moment choisi (POST /sync/delta-sync).</translation>
    </message>
    <message>
        <source>Compares the mirror with a full listing and removes assets the server no longer has.</source>
        <translation>Compare le miroir à une liste complète et retire les médias que le serveur n&apos;a plus.</translation>
    </message>
    <message>
        <source>The server answered that a delta is not possible: runs the full sync instead.</source>
        <translation>Le serveur a répondu qu&apos;un delta n&apos;est pas possible&#xa0;: lance la synchronisation complète à la place.</translation>
    </message>
    <message>
        <source>What the full and delta syncs did, one line per page or step.</source>
        <translation>Ce qu&apos;ont fait les synchronisations complète et delta, une ligne par page ou par étape.</translation>
    </message>
    <message>
        <source>empty: you and every partner who shares with you, as the server lists them</source>
        <translation>vide : vous et chaque partenaire qui partage avec vous, tels que le serveur les liste</translation>
    </message>
    <message>
        <source>Leave it empty and Tidemark asks the server who your partners are when the delta sync starts. The server answers &quot;needs full sync&quot; unless the ids are exactly you and every partner who shares with you, or when more than 100 days or 10,000 changes have passed.</source>
        <translation>Laissez-le vide et Tidemark demande au serveur qui sont vos partenaires au début de la synchronisation delta. Le serveur répond « synchronisation complète nécessaire » si les identifiants ne sont pas exactement vous et chaque partenaire qui partage avec vous, ou si plus de 100 jours ou 10 000 modifications se sont écoulés.</translation>
    </message>
    <message>
        <source>The server says a full sync is needed: the time is more than 100 days ago, more than 10,000 assets changed, or the user ids are not exactly you and your partners. Nothing was changed.</source>
        <translation>Le serveur indique qu’une synchronisation complète est nécessaire : la date remonte à plus de 100 jours, plus de 10 000 éléments ont changé, ou les identifiants ne sont pas exactement vous et vos partenaires. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The server says a full sync is needed: the time is more than 100 days ago, or more than 10,000 assets changed since then. Nothing was changed. A full sync lists everything once and sets &quot;Since&quot; to its time, so the next delta sync can start there.</source>
        <translation>Le serveur indique qu’une synchronisation complète est nécessaire : la date remonte à plus de 100 jours, ou plus de 10 000 éléments ont changé depuis. Rien n’a été modifié. Une synchronisation complète liste tout une fois et règle « Depuis » sur son heure, pour que la prochaine synchronisation delta puisse partir de là.</translation>
    </message>
</context>
<context>
    <name>Tidemark::HeadersDialog</name>
    <message>
        <source>Proxy headers</source>
        <translation>En-têtes du proxy</translation>
    </message>
    <message>
        <source>Headers the proxy in front of your Immich server asks for, such as CF-Access-Client-Id and CF-Access-Client-Secret for Cloudflare Access. Tidemark sends them with every request to this server and nowhere else, and keeps their values in the system keychain.</source>
        <translation>Les en-têtes que le proxy devant votre serveur Immich exige, comme CF-Access-Client-Id et CF-Access-Client-Secret pour Cloudflare Access. Tidemark les envoie avec chaque requête à ce serveur et nulle part ailleurs, et garde leurs valeurs dans le trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>&amp;Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Name, e.g. CF-Access-Client-Id</source>
        <translation>Nom, par ex. CF-Access-Client-Id</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nom de l’en-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Valeur de l’en-tête</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this header</source>
        <translation>Retirer cet en-tête</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a header name Tidemark may set (letters, digits and -_.!#$%&amp;&apos;*+^`|~ only; not Host, Cookie, x-api-key and the like).</source>
        <translation>« %1 » n’est pas un nom d’en-tête que Tidemark peut définir (lettres, chiffres et -_.!#$%&amp;&apos;*+^`|~ seulement&#xa0;; ni Host, ni Cookie, ni x-api-key, etc.).</translation>
    </message>
    <message>
        <source>Enter a value for %1.</source>
        <translation>Saisissez une valeur pour %1.</translation>
    </message>
    <message>
        <source>%1 is there twice.</source>
        <translation>%1 figure deux fois.</translation>
    </message>
    <message>
        <source>Kept in the system keychain; shown only as dots.</source>
        <translation>Gardée dans le trousseau du système&#xa0;; affichée seulement en points.</translation>
    </message>
</context>
<context>
    <name>Tidemark::InspectorPanel</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by entity type</source>
        <translation>Filtrer par type d&apos;entité</translation>
    </message>
    <message>
        <source>&amp;Follow new events</source>
        <translation>&amp;Suivre les nouveaux événements</translation>
    </message>
    <message>
        <source>Scroll to new events as they arrive</source>
        <translation>Faire défiler jusqu&apos;aux nouveaux événements dès leur arrivée</translation>
    </message>
    <message>
        <source>&amp;Open JSONL…</source>
        <translation>&amp;Ouvrir un JSONL…</translation>
    </message>
    <message>
        <source>Open a JSONL file to inspect</source>
        <translation>Ouvrir un fichier JSONL à inspecter</translation>
    </message>
    <message>
        <source>E&amp;xport JSONL…</source>
        <translation>E&amp;xporter en JSONL…</translation>
    </message>
    <message>
        <source>Export the run as a JSONL file</source>
        <translation>Exporter l&apos;exécution dans un fichier JSONL</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Clear the event log</source>
        <translation>Vider le journal des événements</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Raw JSON of the selected event</source>
        <translation>JSON brut de l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>Select an event to see its JSON.</source>
        <translation>Sélectionnez un événement pour voir son JSON.</translation>
    </message>
    <message>
        <source>&amp;Ack pending up to this event</source>
        <translation>&amp;Acquitter jusqu&apos;à cet événement</translation>
    </message>
    <message>
        <source>Acknowledge pending acks up to the selected event</source>
        <translation>Envoyer les acquittements en attente jusqu&apos;à l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>Event log status</source>
        <translation>État du journal des événements</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(The raw JSON of older lines is not kept. Type: %1, ack: %2)</source>
        <translation>(Le JSON brut des lignes plus anciennes n&apos;est pas conservé. Type&#xa0;: %1, acquittement&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Live log of the current or last run.</source>
        <translation>Journal en direct de l&apos;exécution en cours ou de la dernière.</translation>
    </message>
    <message>
        <source>File: %1.</source>
        <translation>Fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Export run as JSONL</source>
        <translation>Exporter l&apos;exécution en JSONL</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Échec de l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open JSONL file</source>
        <translation>Ouvrir un fichier JSONL</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json *.txt);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled after %Ln line(s).</source>
        <translation>
            <numerusform>Chargement annulé après %Ln ligne.</numerusform>
            <numerusform>Chargement annulé après %Ln lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln line(s), %2 malformed.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln ligne, %2 mal formée(s).</numerusform>
            <numerusform>%1&#xa0;: %Ln lignes, %2 mal formée(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) held</source>
        <translation>
            <numerusform>%Ln ligne conservée</numerusform>
            <numerusform>%Ln lignes conservées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln older line(s) dropped</source>
        <translation>
            <numerusform>, %Ln ligne plus ancienne abandonnée</numerusform>
            <numerusform>, %Ln lignes plus anciennes abandonnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln line(s) to %1 (%2 older lines without their data).</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1 (%2 lignes plus anciennes sans leurs données).</numerusform>
            <numerusform>%Ln lignes exportées vers %1 (%2 lignes plus anciennes sans leurs données).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln line(s) to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only the lines of one entity type.</source>
        <translation>N&apos;affiche que les lignes d&apos;un type d&apos;entité.</translation>
    </message>
    <message>
        <source>Keeps the newest line in view while a sync runs.</source>
        <translation>Garde la ligne la plus récente visible pendant une synchronisation.</translation>
    </message>
    <message>
        <source>Shows the lines of a JSONL file saved earlier or recorded from a server.</source>
        <translation>Affiche les lignes d&apos;un fichier JSONL enregistré auparavant ou capturé depuis un serveur.</translation>
    </message>
    <message>
        <source>Saves every line of the current run to a JSONL file.</source>
        <translation>Enregistre chaque ligne de l&apos;exécution en cours dans un fichier JSONL.</translation>
    </message>
    <message>
        <source>Empties the list of lines; the mirror is not changed.</source>
        <translation>Vide la liste des lignes&#x202f;; le miroir n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Every line of the run: number, entity type, ack and a summary. Select one to see its raw JSON.</source>
        <translation>Chaque ligne de l&apos;exécution&#xa0;: numéro, type d&apos;entité, acquittement et résumé. Sélectionnez-en une pour voir son JSON brut.</translation>
    </message>
    <message>
        <source>The selected line exactly as the server sent it, formatted.</source>
        <translation>La ligne sélectionnée exactement telle que le serveur l&apos;a envoyée, mise en forme.</translation>
    </message>
    <message>
        <source>In manual ack mode, sends the pending acks up to the selected line.</source>
        <translation>En mode d&apos;acquittement manuel, envoie les acquittements en attente jusqu&apos;à la ligne sélectionnée.</translation>
    </message>
</context>
<context>
    <name>Tidemark::LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation>Requête invalide</translation>
    </message>
    <message>
        <source>This address only takes a browser&apos;s answer from a sign-in page.</source>
        <translation>Cette adresse n’accepte que la réponse d’une page de connexion dans un navigateur.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation>Il n’y a rien ici.</translation>
    </message>
    <message>
        <source>Tidemark received the answer</source>
        <translation>Tidemark a reçu la réponse</translation>
    </message>
    <message>
        <source>Tidemark received the answer of the sign-in page and is finishing the login with the server. You can close this tab and go back to Tidemark.</source>
        <translation>Tidemark a reçu la réponse de la page de connexion et termine la connexion avec le serveur. Vous pouvez fermer cet onglet et revenir à Tidemark.</translation>
    </message>
</context>
<context>
    <name>Tidemark::MainWindow</name>
    <message>
        <source>Tidemark</source>
        <translation>Tidemark</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>&amp;Médias</translation>
    </message>
    <message>
        <source>&amp;Checkpoints</source>
        <translation>&amp;Points de reprise</translation>
    </message>
    <message>
        <source>Stream &amp;inspector</source>
        <translation>&amp;Inspecteur de flux</translation>
    </message>
    <message>
        <source>&amp;Full / delta sync</source>
        <translation>Synchro complète / &amp;delta</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>Compte actuel</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Demo mode: a sample Immich server runs inside Tidemark with a made-up library. Start a sync to fill the mirror.</source>
        <translation>Mode démo&#xa0;: un serveur Immich d&apos;exemple tourne dans Tidemark avec une photothèque fictive. Lancez une synchronisation pour remplir le miroir.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Dernière exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retrying in %1 s (attempt %2): %3</source>
        <translation>Nouvel essai dans %1 s (tentative %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Open JSONL capture…</source>
        <translation>&amp;Ouvrir une capture JSONL…</translation>
    </message>
    <message>
        <source>&amp;Export run as JSONL…</source>
        <translation>&amp;Exporter l&apos;exécution en JSONL…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation>&amp;Basculer vers</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>Set &amp;API key…</source>
        <translation>Définir la clé d&apos;&amp;API…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>API key for full and delta sync (empty removes it).
The sync stream and checkpoints always need a login session.</source>
        <translation>Clé d&apos;API pour la synchronisation complète et delta (vide pour la retirer).
Le flux de synchronisation et les points de reprise exigent toujours une session de connexion.</translation>
    </message>
    <message>
        <source>&amp;Log out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <source>&amp;Forget this account…</source>
        <translation>&amp;Oublier ce compte…</translation>
    </message>
    <message>
        <source>Forget account</source>
        <translation>Oublier le compte</translation>
    </message>
    <message>
        <source>Forget %1 on this computer? This logs out and removes the saved secrets. The local mirror file stays on disk.</source>
        <translation>Oublier %1 sur cet ordinateur&#x202f;? Cela vous déconnecte et supprime les secrets enregistrés. Le fichier du miroir local reste sur le disque.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Start sync</source>
        <translation>&amp;Lancer la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Refresh checkpoints</source>
        <translation>A&amp;ctualiser les points de reprise</translation>
    </message>
    <message>
        <source>&amp;Ack all pending</source>
        <translation>Ac&amp;quitter tout ce qui est en attente</translation>
    </message>
    <message>
        <source>&amp;Delete all checkpoints…</source>
        <translation>&amp;Supprimer tous les points de reprise…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>Assets as &amp;table</source>
        <translation>Médias en &amp;tableau</translation>
    </message>
    <message>
        <source>Assets as &amp;grid</source>
        <translation>Médias en &amp;grille</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Tidemark</source>
        <translation>À &amp;propos de Tidemark</translation>
    </message>
    <message>
        <source>About Tidemark</source>
        <translation>À propos de Tidemark</translation>
    </message>
    <message>
        <source>Tidemark %1
A desktop client for the Immich Sync API.</source>
        <translation>Tidemark %1
Un client de bureau pour l&apos;API de synchronisation d&apos;Immich.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>(no saved accounts)</source>
        <translation>(aucun compte enregistré)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(démo)</translation>
    </message>
    <message>
        <source>Tidemark – %1</source>
        <translation>Tidemark – %1</translation>
    </message>
    <message>
        <source>No account: use File › Connect or try the demo.</source>
        <translation>Aucun compte&#xa0;: utilisez Fichier › Se connecter ou essayez la démo.</translation>
    </message>
    <message>
        <source>Log in again to sync: the saved session is no longer valid or was ended.</source>
        <translation>Reconnectez-vous pour synchroniser&#xa0;: la session enregistrée n&apos;est plus valide ou a pris fin.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Log out of %1?</source>
        <translation>Se déconnecter de %1&#x202f;?</translation>
    </message>
    <message>
        <source>This ends the session on the server and deletes its checkpoints. The next login starts a new session, and its first sync downloads everything again. The local mirror stays browsable.</source>
        <translation>Cela met fin à la session sur le serveur et supprime ses points de reprise. La prochaine connexion ouvre une nouvelle session, dont la première synchronisation télécharge tout à nouveau. Le miroir local reste consultable.</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+6 switch between the panels.</source>
        <translation>Ctrl+1 à Ctrl+6 passent d&apos;un panneau à l&apos;autre.</translation>
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
Ctrl+Shift+D: copy diagnostics
Ctrl+,: settings
Tab: next control; arrow keys move between the bars of a chart
Shift+F10 or the Menu key: context menu
Alt + underlined letter: any button</source>
        <translation>Ctrl+1 … Ctrl+6&#xa0;: panneaux
F5&#xa0;: lancer la synchronisation
Ctrl+.&#xa0;: annuler la synchronisation
Ctrl+R&#xa0;: actualiser les points de reprise
Ctrl+L&#xa0;: se connecter
Ctrl+F&#xa0;: rechercher des médias
Ctrl+Maj+T / Ctrl+Maj+G&#xa0;: médias en tableau / en grille
Ctrl+O&#xa0;: ouvrir un JSONL
Ctrl+Maj+S&#xa0;: exporter l&apos;exécution
Ctrl+Maj+D&#xa0;: copier les diagnostics
Ctrl+,&#xa0;: paramètres
Tab&#xa0;: élément suivant&#x202f;; les flèches passent d&apos;une barre à l&apos;autre dans un graphique
Maj+F10 ou touche Menu&#xa0;: menu contextuel
Alt + lettre soulignée&#xa0;: n&apos;importe quel bouton</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier les &amp;diagnostics</translation>
    </message>
    <message>
        <source>Copies versions, server, mirror and recent errors for a bug report (without passwords, tokens or keys)</source>
        <translation>Copie les versions, le serveur, le miroir et les dernières erreurs pour un rapport de bogue (sans mots de passe, jetons ni clés)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard (without passwords, tokens or keys).</source>
        <translation>Diagnostics copiés dans le presse-papiers (sans mots de passe, jetons ni clés).</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Autres menus</translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>Autres actions de la barre d&apos;outils</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln event(s) · %2/s</source>
        <translation>
            <numerusform>%1 · %Ln événement · %2/s</numerusform>
            <numerusform>%1 · %Ln événements · %2/s</numerusform>
        </translation>
    </message>
    <message>
        <source>The menus that do not fit the width of the window.</source>
        <translation>Les menus qui ne tiennent pas dans la largeur de la fenêtre.</translation>
    </message>
    <message>
        <source>The toolbar buttons that do not fit the width of the window.</source>
        <translation>Les boutons de la barre d&apos;outils qui ne tiennent pas dans la largeur de la fenêtre.</translation>
    </message>
    <message>
        <source>Log in to sync. Tidemark is not using the system keychain, so it does not keep sessions after it closes.</source>
        <translation>Connectez-vous pour synchroniser. Tidemark n&apos;utilise pas le trousseau du système et ne garde donc pas les sessions après sa fermeture.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Upgrading the local mirror for this version of Tidemark…</source>
        <translation>Mise à niveau du miroir local pour cette version de Tidemark…</translation>
    </message>
    <message>
        <source>Syncing and browsing start when it is done. It happens once per new version and takes seconds for a large library.</source>
        <translation>La synchronisation et la navigation commencent une fois terminé. Cela se produit une fois par nouvelle version et prend quelques secondes pour une grande bibliothèque.</translation>
    </message>
    <message>
        <source>Mirror upgrade progress</source>
        <translation>Progression de la mise à niveau du miroir local</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>étape %v sur %m</translation>
    </message>
    <message>
        <source>Server a&amp;ddresses…</source>
        <translation>A&amp;dresses du serveur…</translation>
    </message>
    <message>
        <source>&amp;Proxy headers…</source>
        <translation>En-têtes du &amp;proxy…</translation>
    </message>
    <message>
        <source>Client &amp;certificate…</source>
        <translation>&amp;Certificat client…</translation>
    </message>
</context>
<context>
    <name>Tidemark::MirrorRecoveryDialog</name>
    <message>
        <source>The local mirror cannot be used</source>
        <translation>Le miroir local ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>Use the newer Tidemark with this file, or rebuild: the file is kept as %1 and a new, empty mirror downloads your library again at the next sync.</source>
        <translation>Utilisez la version plus récente de Tidemark avec ce fichier, ou reconstruisez&#xa0;: le fichier est conservé sous le nom %1 et un nouveau miroir vide téléchargera de nouveau votre photothèque à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Rebuild: the file is kept as %1 (nothing is deleted) and a new, empty mirror downloads your library again at the next sync. Your photos on the server are not affected.</source>
        <translation>Reconstruire&#xa0;: le fichier est conservé sous le nom %1 (rien n&apos;est supprimé) et un nouveau miroir vide téléchargera de nouveau votre photothèque à la prochaine synchronisation. Vos photos sur le serveur ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Rebuild the mirror</source>
        <translation>Reconstruire le miroir</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>The mirror could not be rebuilt: %1</source>
        <translation>Le miroir n&apos;a pas pu être reconstruit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tidemark::OverviewPanel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <source>Server features</source>
        <translation>Fonctions du serveur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Supports:</source>
        <translation>Prend en charge&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Last run:</source>
        <translation>Dernière exécution&#xa0;:</translation>
    </message>
    <message>
        <source>Mirror and server</source>
        <translation>Miroir et serveur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>In the mirror</source>
        <translation>Dans le miroir</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>Counts in the mirror and on the server</source>
        <translation>Nombres dans le miroir et sur le serveur</translation>
    </message>
    <message>
        <source>Mirror completeness</source>
        <translation>Complétude du miroir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>Actualiser la vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Assets in the mirror per month</source>
        <translation>Médias du miroir par mois</translation>
    </message>
    <message>
        <source>Chart of assets per month</source>
        <translation>Graphique des médias par mois</translation>
    </message>
    <message>
        <source>No assets in the mirror yet</source>
        <translation>Pas encore de médias dans le miroir</translation>
    </message>
    <message>
        <source>Events per type in recent runs</source>
        <translation>Événements par type lors des dernières exécutions</translation>
    </message>
    <message>
        <source>Chart of events per type in recent runs</source>
        <translation>Graphique des événements par type lors des dernières exécutions</translation>
    </message>
    <message>
        <source>No runs in this session yet</source>
        <translation>Pas encore d&apos;exécution dans cette session</translation>
    </message>
    <message>
        <source> (demo server on this computer)</source>
        <translation> (serveur de démonstration sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>sync stream (%n request types)</source>
        <translation>
            <numerusform>flux de synchronisation (%n type de requête)</numerusform>
            <numerusform>flux de synchronisation (%n types de requête)</numerusform>
        </translation>
    </message>
    <message>
        <source>no sync stream</source>
        <translation>pas de flux de synchronisation</translation>
    </message>
    <message>
        <source>full and delta sync</source>
        <translation>synchronisation complète et delta</translation>
    </message>
    <message>
        <source>V2 asset types</source>
        <translation>types de média V2</translation>
    </message>
    <message>
        <source>V1 asset types</source>
        <translation>types de média V1</translation>
    </message>
    <message>
        <source>unknown until the server answers</source>
        <translation>inconnu jusqu&apos;à ce que le serveur réponde</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(API key only: no stream)</source>
        <translation>(clé d&apos;API seulement&#xa0;: pas de flux)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>My photos</source>
        <translation>Mes photos</translation>
    </message>
    <message>
        <source>My videos</source>
        <translation>Mes vidéos</translation>
    </message>
    <message>
        <source>Partners&apos; photos</source>
        <translation>Photos des partenaires</translation>
    </message>
    <message>
        <source>Partners&apos; videos</source>
        <translation>Vidéos des partenaires</translation>
    </message>
    <message>
        <source>All assets (incl. trash, hidden, albums)</source>
        <translation>Tous les médias (corbeille, masqués et albums compris)</translation>
    </message>
    <message>
        <source>Exif records</source>
        <translation>Enregistrements Exif</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Partner shares</source>
        <translation>Partages entre partenaires</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Albums</translation>
    </message>
    <message>
        <source>Album entries</source>
        <translation>Entrées d&apos;album</translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation>Piles</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>Souvenirs</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Visages</translation>
    </message>
    <message>
        <source>No mirror yet: run a sync.</source>
        <translation>Pas encore de miroir&#xa0;: lancez une synchronisation.</translation>
    </message>
    <message>
        <source>Server statistics unavailable (offline?): compare later.</source>
        <translation>Statistiques du serveur indisponibles (hors ligne&#x202f;?)&#xa0;: comparez plus tard.</translation>
    </message>
    <message>
        <source>Complete: your photos and videos in the mirror match the server.</source>
        <translation>Complet&#xa0;: vos photos et vidéos du miroir correspondent au serveur.</translation>
    </message>
    <message>
        <source>Partner photos</source>
        <translation>Photos des partenaires</translation>
    </message>
    <message>
        <source>Partner videos</source>
        <translation>Vidéos des partenaires</translation>
    </message>
    <message>
        <source>Last run (%1)</source>
        <translation>Dernière exécution (%1)</translation>
    </message>
    <message>
        <source>Run −%1</source>
        <translation>Exécution −%1</translation>
    </message>
    <message>
        <source>Rows per mirror table beside the server&apos;s own counts of your photos and videos.</source>
        <translation>Lignes par table du miroir, à côté des décomptes du serveur pour vos photos et vidéos.</translation>
    </message>
    <message>
        <source>Reads the server&apos;s statistics and the mirror&apos;s counts again.</source>
        <translation>Relit les statistiques du serveur et les décomptes du miroir.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%3 mode): %4, %Ln event(s)</source>
        <translation>
            <numerusform>%1, %2 (mode %3)&#xa0;: %4, %Ln événement</numerusform>
            <numerusform>%1, %2 (mode %3)&#xa0;: %4, %Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %Ln of your assets are not in the mirror yet. Run a sync.</source>
        <translation>
            <numerusform>Incomplet&#xa0;: %Ln de vos médias n&apos;est pas encore dans le miroir. Lancez une synchronisation.</numerusform>
            <numerusform>Incomplet&#xa0;: %Ln de vos médias ne sont pas encore dans le miroir. Lancez une synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mirror has %Ln more of your assets than the server counts (deleted on the server? a sync will catch up).</source>
        <translation>
            <numerusform>Le miroir compte %Ln de vos médias de plus que le serveur (supprimé sur le serveur&#x202f;? une synchronisation rattrapera l&apos;écart).</numerusform>
            <numerusform>Le miroir compte %Ln de vos médias de plus que le serveur (supprimés sur le serveur&#x202f;? une synchronisation rattrapera l&apos;écart).</numerusform>
        </translation>
    </message>
    <message>
        <source>not available on this server version</source>
        <translation>non disponible avec cette version du serveur</translation>
    </message>
    <message>
        <source>Immich %1 cannot send these; they came with Immich %2.</source>
        <translation>Immich %1 ne peut pas les envoyer ; ils sont arrivés avec Immich %2.</translation>
    </message>
    <message>
        <source>no full or delta sync</source>
        <translation>pas de synchronisation complète ni delta</translation>
    </message>
    <message>
        <source> (address %1 of %2)</source>
        <translation> (adresse %1 sur %2)</translation>
    </message>
    <message>
        <source>Addresses, in the order they are tried:
%1</source>
        <translation>Adresses, dans l’ordre où elles sont essayées&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>Tidemark::RunHistoryModel</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Détails :</translation>
    </message>
    <message>
        <source>Tidemark was closed before this run ended.</source>
        <translation>Tidemark a été fermé avant la fin de cette exécution.</translation>
    </message>
</context>
<context>
    <name>Tidemark::RunWords</name>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>flux</translation>
    </message>
    <message>
        <source>full sync</source>
        <translation>synchronisation complète</translation>
    </message>
    <message>
        <source>delta sync</source>
        <translation>synchronisation delta</translation>
    </message>
    <message>
        <source>reconcile</source>
        <translation>réconciliation</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>reset by the server</source>
        <translation>réinitialisée par le serveur</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>réception du flux</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>acknowledging</source>
        <translation>acquittement</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>attente avant un nouvel essai</translation>
    </message>
    <message>
        <source>listing owners</source>
        <translation>liste des propriétaires</translation>
    </message>
    <message>
        <source>asking for changes</source>
        <translation>demande des modifications</translation>
    </message>
    <message>
        <source>paging owner %1</source>
        <translation>pages du propriétaire %1</translation>
    </message>
    <message>
        <source>retrying in %1 s</source>
        <translation>nouvel essai dans %1 s</translation>
    </message>
    <message>
        <source>The server sent entity types this Tidemark does not know (%1); they were skipped and not acknowledged. A newer Tidemark will understand them.</source>
        <translation>Le serveur a envoyé des types d&apos;entité que cette version de Tidemark ne connaît pas (%1)&#x202f;; ils ont été ignorés et non acquittés. Une version plus récente de Tidemark les comprendra.</translation>
    </message>
    <message>
        <source>full sync needed</source>
        <translation>synchronisation complète nécessaire</translation>
    </message>
</context>
<context>
    <name>Tidemark::SecretStore</name>
    <message>
        <source>the OS keychain is turned off</source>
        <translation>le trousseau du système est désactivé</translation>
    </message>
</context>
<context>
    <name>Tidemark::ServerUrl</name>
    <message>
        <source>the address is empty</source>
        <translation>l&apos;adresse est vide</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; contains spaces</source>
        <translation>l&apos;adresse «&#xa0;%1&#xa0;» contient des espaces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address scheme; use https:// or http://</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un schéma d&apos;adresse web&#x202f;; utilisez https:// ou http://</translation>
    </message>
    <message>
        <source>the address has no host name</source>
        <translation>l&apos;adresse n&apos;a pas de nom d&apos;hôte</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password</source>
        <translation>l&apos;adresse ne doit contenir ni nom d&apos;utilisateur ni mot de passe</translation>
    </message>
    <message>
        <source>the IPv6 address in &quot;%1&quot; is missing its closing &apos;]&apos;</source>
        <translation>il manque le &apos;]&apos; fermant de l&apos;adresse IPv6 dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address in &quot;%1&quot;</source>
        <translation>texte inattendu après l&apos;adresse IPv6 dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port (1-65535)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un port valide (1-65535)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6 valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur valide</translation>
    </message>
    <message>
        <source>server address</source>
        <translation>adresse du serveur</translation>
    </message>
</context>
<context>
    <name>Tidemark::Session</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Your session has ended</source>
        <translation>Votre session a pris fin</translation>
    </message>
    <message>
        <source>Checking your session</source>
        <translation>Vérification de votre session</translation>
    </message>
    <message>
        <source>Logging out (the session may still exist on the server)</source>
        <translation>Déconnexion (la session existe peut-être encore sur le serveur)</translation>
    </message>
    <message>
        <source>Checking the API key</source>
        <translation>Vérification de la clé d’API</translation>
    </message>
</context>
<context>
    <name>Tidemark::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Thumbnail cache size</source>
        <translation>Taille du cache des miniatures</translation>
    </message>
    <message>
        <source>&amp;Clear cache</source>
        <translation>&amp;Vider le cache</translation>
    </message>
    <message>
        <source>Clear thumbnail cache</source>
        <translation>Vider le cache des miniatures</translation>
    </message>
    <message>
        <source>Automatic: acknowledge after saving</source>
        <translation>Automatique&#xa0;: acquitter après l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Manual: keep acks pending until I send them</source>
        <translation>Manuel&#xa0;: garder les acquittements en attente jusqu&apos;à ce que je les envoie</translation>
    </message>
    <message>
        <source>Dry run: save nothing, acknowledge nothing</source>
        <translation>Simulation&#xa0;: ne rien enregistrer, ne rien acquitter</translation>
    </message>
    <message>
        <source>Default acknowledgement mode</source>
        <translation>Mode d&apos;acquittement par défaut</translation>
    </message>
    <message>
        <source>Default &amp;ack mode:</source>
        <translation>Mode d&apos;&amp;acquittement par défaut&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Délai d&apos;expiration des requêtes en secondes</translation>
    </message>
    <message>
        <source>A request fails when the server sends nothing for this long.</source>
        <translation>Une requête échoue quand le serveur n&apos;envoie rien pendant ce délai.</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Délai d&apos;expiration des requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation>%1 utilisés</translation>
    </message>
    <message>
        <source>Largest size of the thumbnails kept on disk, in MiB.</source>
        <translation>Taille maximale des miniatures conservées sur le disque, en Mio.</translation>
    </message>
    <message>
        <source>Deletes the thumbnails kept on disk; they are downloaded again when shown.</source>
        <translation>Supprime les miniatures conservées sur le disque&#x202f;; elles seront de nouveau téléchargées à l&apos;affichage.</translation>
    </message>
    <message>
        <source>How a new sync acknowledges what it received.</source>
        <translation>Comment une nouvelle synchronisation acquitte ce qu&apos;elle a reçu.</translation>
    </message>
    <message>
        <source>Sync e&amp;very</source>
        <translation>Synchroniser &amp;toutes les</translation>
    </message>
    <message>
        <source>Sync periodically</source>
        <translation>Synchroniser périodiquement</translation>
    </message>
    <message>
        <source>Starts a sync at a fixed interval while Tidemark runs; skipped while a run is active or the server is unreachable.</source>
        <translation>Lance une synchronisation à intervalle fixe tant que Tidemark tourne&#x202f;; ignorée pendant une exécution ou quand le serveur est injoignable.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Periodic sync interval in minutes</source>
        <translation>Intervalle de la synchronisation périodique en minutes</translation>
    </message>
    <message>
        <source>Periodic sync:</source>
        <translation>Synchronisation périodique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notify me when a sync fails</source>
        <translation>M&apos;av&amp;ertir quand une synchronisation échoue</translation>
    </message>
    <message>
        <source>Notify when a sync fails</source>
        <translation>Avertir quand une synchronisation échoue</translation>
    </message>
    <message>
        <source>Shows a desktop notification from the tray icon.</source>
        <translation>Affiche une notification de bureau depuis l&apos;icône de la zone de notification.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notifications&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the window; a change applies at the next start.</source>
        <translation>La langue de la fenêtre&#x202f;; une modification s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>The language of Tidemark&apos;s window. A change applies at the next start.</source>
        <translation>La langue de la fenêtre de Tidemark. Une modification s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Applies after a restart.</source>
        <translation>S&apos;applique après un redémarrage.</translation>
    </message>
    <message>
        <source>T&amp;humbnail cache:</source>
        <translation>Cache des &amp;miniatures&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes between two periodic syncs, from 5 to 1440.</source>
        <translation>Minutes entre deux synchronisations périodiques, de 5 à 1440.</translation>
    </message>
</context>
<context>
    <name>Tidemark::SingleSignOn</name>
    <message>
        <source>single sign-on</source>
        <translation>authentification unique</translation>
    </message>
</context>
<context>
    <name>Tidemark::Sparkline</name>
    <message>
        <source>Throughput graph</source>
        <translation>Graphique du débit</translation>
    </message>
    <message>
        <source>Events per second over the current run</source>
        <translation>Événements par seconde pendant l&apos;exécution en cours</translation>
    </message>
    <message>
        <source>%1 %2 (peak %3)</source>
        <translation>%1 %2 (pointe %3)</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
</context>
<context>
    <name>Tidemark::SyncPanel</name>
    <message>
        <source>What to sync</source>
        <translation>Éléments à synchroniser</translation>
    </message>
    <message>
        <source>&amp;Request types (only those this server supports):</source>
        <translation>Types de &amp;requête (seulement ceux que ce serveur prend en charge)&#xa0;:</translation>
    </message>
    <message>
        <source>Request types</source>
        <translation>Types de requête</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Par défaut</translation>
    </message>
    <message>
        <source>Select the default request types</source>
        <translation>Sélectionner les types de requête par défaut</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>&amp;Tous</translation>
    </message>
    <message>
        <source>Select all request types</source>
        <translation>Sélectionner tous les types de requête</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <source>Clear the request types</source>
        <translation>Désélectionner les types de requête</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Save each batch, then acknowledge it to the server.</source>
        <translation>Enregistrer chaque lot, puis l&apos;acquitter auprès du serveur.</translation>
    </message>
    <message>
        <source>Save, but keep the acks pending until you send them in Checkpoints.</source>
        <translation>Enregistrer, mais garder les acquittements en attente jusqu&apos;à leur envoi depuis «&#xa0;Points de reprise&#xa0;».</translation>
    </message>
    <message>
        <source>Save nothing and acknowledge nothing: see what the server would send.</source>
        <translation>Ne rien enregistrer ni acquitter&#xa0;: voir ce que le serveur enverrait.</translation>
    </message>
    <message>
        <source>Acknowledgement mode</source>
        <translation>Mode d&apos;acquittement</translation>
    </message>
    <message>
        <source>&amp;Ack mode:</source>
        <translation>Mode d&apos;a&amp;cquittement&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;eset: ask the server to start over (re-downloads everything)</source>
        <translation>Réi&amp;nitialiser&#xa0;: demander au serveur de tout reprendre (retélécharge tout)</translation>
    </message>
    <message>
        <source>Reset the server&apos;s checkpoints before streaming</source>
        <translation>Réinitialiser les points de reprise du serveur avant le flux</translation>
    </message>
    <message>
        <source>&amp;Start sync</source>
        <translation>&amp;Lancer la synchronisation</translation>
    </message>
    <message>
        <source>Start sync</source>
        <translation>Lancer la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Events received</source>
        <translation>Événements reçus</translation>
    </message>
    <message>
        <source>Events saved</source>
        <translation>Événements enregistrés</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation>Événements par seconde</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Ack requests</source>
        <translation>Requêtes d&apos;acquittement</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase&#xa0;:</translation>
    </message>
    <message>
        <source>Events received:</source>
        <translation>Événements reçus&#xa0;:</translation>
    </message>
    <message>
        <source>Saved in the mirror:</source>
        <translation>Enregistrés dans le miroir&#xa0;:</translation>
    </message>
    <message>
        <source>Bytes received:</source>
        <translation>Octets reçus&#xa0;:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Débit&#xa0;:</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Écoulé&#xa0;:</translation>
    </message>
    <message>
        <source>Ack requests:</source>
        <translation>Requêtes d&apos;acquittement&#xa0;:</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>événements/s</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Type d&apos;entité</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Events per entity type</source>
        <translation>Événements par type d&apos;entité</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Aucune synchronisation n&apos;a encore été exécutée.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome action</source>
        <translation>Action sur le résultat</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Exécutions récentes</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Envoie&#xa0;: %1</translation>
    </message>
    <message>
        <source>This server is older than 1.127 and has no sync stream. Use full and delta sync instead.</source>
        <translation>Ce serveur est antérieur à la version 1.127 et n&apos;a pas de flux de synchronisation. Utilisez plutôt la synchronisation complète et delta.</translation>
    </message>
    <message>
        <source>Choose at least one request type.</source>
        <translation>Choisissez au moins un type de requête.</translation>
    </message>
    <message>
        <source>Streaming (%1 mode)…</source>
        <translation>Flux en cours (mode %1)…</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 en cours…</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 événements/s</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>%1 events/s (average)</source>
        <translation>%1 événements/s (moyenne)</translation>
    </message>
    <message>
        <source>Check the request types to stream; Space toggles the current one</source>
        <translation>Cochez les types de requête à recevoir en flux&#x202f;; la barre d&apos;espace bascule celui en cours</translation>
    </message>
    <message>
        <source>Checks the request types this server streams by default</source>
        <translation>Coche les types de requête que ce serveur envoie par défaut</translation>
    </message>
    <message>
        <source>Checks every request type this server supports</source>
        <translation>Coche chaque type de requête que ce serveur prend en charge</translation>
    </message>
    <message>
        <source>Unchecks every request type</source>
        <translation>Décoche chaque type de requête</translation>
    </message>
    <message>
        <source>Automatic acknowledges each saved batch, manual keeps the acks pending, dry run saves and acknowledges nothing</source>
        <translation>Automatique acquitte chaque lot enregistré, manuel garde les acquittements en attente, la simulation n&apos;enregistre et n&apos;acquitte rien</translation>
    </message>
    <message>
        <source>The server starts over and sends everything again; the local mirror is rebuilt</source>
        <translation>Le serveur reprend depuis le début et renvoie tout&#x202f;; le miroir local est reconstruit</translation>
    </message>
    <message>
        <source>Streams the checked request types in the chosen mode</source>
        <translation>Reçoit en flux les types de requête cochés dans le mode choisi</translation>
    </message>
    <message>
        <source>Stops the run; what was saved stays, the next sync resumes</source>
        <translation>Arrête l&apos;exécution&#x202f;; ce qui est enregistré reste, la synchronisation suivante reprendra</translation>
    </message>
    <message>
        <source>What the run is doing now</source>
        <translation>Ce que fait l&apos;exécution en ce moment</translation>
    </message>
    <message>
        <source>Events read from the server&apos;s stream</source>
        <translation>Événements lus dans le flux du serveur</translation>
    </message>
    <message>
        <source>Events committed to the local mirror</source>
        <translation>Événements validés dans le miroir local</translation>
    </message>
    <message>
        <source>Size of the stream received so far</source>
        <translation>Taille du flux reçu jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Events received per second, last second</source>
        <translation>Événements reçus par seconde, dernière seconde</translation>
    </message>
    <message>
        <source>Time since the run started</source>
        <translation>Temps écoulé depuis le début de l&apos;exécution</translation>
    </message>
    <message>
        <source>Acknowledgements sent to the server</source>
        <translation>Acquittements envoyés au serveur</translation>
    </message>
    <message>
        <source>Events received in this run, per entity type</source>
        <translation>Événements reçus pendant cette exécution, par type d&apos;entité</translation>
    </message>
    <message>
        <source>How the last run ended</source>
        <translation>Comment la dernière exécution s&apos;est terminée</translation>
    </message>
    <message>
        <source>What to do after the last run: retry, log in again or reset</source>
        <translation>Que faire après la dernière exécution&#xa0;: réessayer, se reconnecter ou réinitialiser</translation>
    </message>
    <message>
        <source>Past runs, newest first: kind, mode, outcome, events and errors</source>
        <translation>Exécutions passées, les plus récentes d&apos;abord&#xa0;: type, mode, résultat, événements et erreurs</translation>
    </message>
    <message numerus="yes">
        <source>Dry run complete: %Ln event(s) received; nothing was saved or acknowledged.</source>
        <translation>
            <numerusform>Simulation terminée&#xa0;: %Ln événement reçu&#x202f;; rien n&apos;a été enregistré ni acquitté.</numerusform>
            <numerusform>Simulation terminée&#xa0;: %Ln événements reçus&#x202f;; rien n&apos;a été enregistré ni acquitté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete: %Ln event(s) saved. Their acks are pending: send them in Checkpoints.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %Ln événement enregistré. Son acquittement est en attente&#xa0;: envoyez-le depuis «&#xa0;Points de reprise&#xa0;».</numerusform>
            <numerusform>Terminé&#xa0;: %Ln événements enregistrés. Leurs acquittements sont en attente&#xa0;: envoyez-les depuis «&#xa0;Points de reprise&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete: %Ln event(s) received and acknowledged.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %Ln événement reçu et acquitté.</numerusform>
            <numerusform>Terminé&#xa0;: %Ln événements reçus et acquittés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted after %Ln event(s): %1 The next sync resumes from the last saved point.</source>
        <translation>
            <numerusform>Interrompu après %Ln événement&#xa0;: %1 La synchronisation suivante reprendra au dernier point enregistré.</numerusform>
            <numerusform>Interrompu après %Ln événements&#xa0;: %1 La synchronisation suivante reprendra au dernier point enregistré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted after %Ln event(s): the server ended the stream early. The next sync resumes from the last saved point.</source>
        <translation>
            <numerusform>Interrompu après %Ln événement&#xa0;: le serveur a terminé le flux prématurément. La synchronisation suivante reprendra au dernier point enregistré.</numerusform>
            <numerusform>Interrompu après %Ln événements&#xa0;: le serveur a terminé le flux prématurément. La synchronisation suivante reprendra au dernier point enregistré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln event(s). The next sync resumes from the last saved point.</source>
        <translation>
            <numerusform>Annulé après %Ln événement. La synchronisation suivante reprendra au dernier point enregistré.</numerusform>
            <numerusform>Annulé après %Ln événements. La synchronisation suivante reprendra au dernier point enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are connected with an API key only. The sync stream and checkpoints need a login session: log in with email and password to stream. Full and delta sync work with the key.</source>
        <translation>Vous êtes connecté avec une clé d’API seulement. Le flux de synchronisation et les points de contrôle demandent une session : connectez-vous avec e-mail et mot de passe pour le flux. Les synchronisations complète et delta fonctionnent avec la clé.</translation>
    </message>
    <message>
        <source>The server asks for a full sync: nothing was changed.</source>
        <translation>Le serveur demande une synchronisation complète : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>waiting for another process</source>
        <translation>attend un autre processus</translation>
    </message>
    <message>
        <source>%1 This sync starts as soon as that one has finished; Cancel stops waiting.</source>
        <translation>%1 Cette synchronisation commencera dès que l’autre sera terminée ; « Annuler » arrête l’attente.</translation>
    </message>
    <message>
        <source>Cancelled before it started, while another Tidemark process was syncing this account. Nothing was changed.</source>
        <translation>Annulée avant de commencer, pendant qu’un autre processus Tidemark synchronisait ce compte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The server asked for a reset. A dry run changes nothing, so the local copy was kept; the next sync that saves starts over.</source>
        <translation>Le serveur a demandé une réinitialisation. Une simulation ne modifie rien, la copie locale a donc été conservée ; la prochaine synchronisation qui enregistre repartira de zéro.</translation>
    </message>
    <message>
        <source>The server asked for a reset: the local copy was cleared, and a new sync downloads everything again now.</source>
        <translation>Le serveur a demandé une réinitialisation : la copie locale a été vidée, et une nouvelle synchronisation télécharge maintenant tout à nouveau.</translation>
    </message>
</context>
<context>
    <name>Tidemark::SyncService</name>
    <message>
        <source>The account cannot change while a sync is running.</source>
        <translation>Le compte ne peut pas changer pendant une synchronisation.</translation>
    </message>
    <message>
        <source>Sync settings cannot change while a sync is running.</source>
        <translation>Les paramètres de synchronisation ne peuvent pas changer pendant une synchronisation.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Une synchronisation est déjà en cours.</translation>
    </message>
</context>
<context>
    <name>Tidemark::SyncWorker</name>
    <message>
        <source>A sync is already running.</source>
        <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message>
        <source>The server asks for a reset; a dry run changes nothing, so nothing was wiped.</source>
        <translation>Le serveur demande une réinitialisation&#x202f;; une simulation ne change rien, donc rien n&apos;a été vidé.</translation>
    </message>
</context>
<context>
    <name>Tidemark::ThumbnailDelegate</name>
    <message>
        <source>No thumbnail</source>
        <translation>Pas de miniature</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>corbeille</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
</context>
<context>
    <name>Tidemark::TrayIcon</name>
    <message>
        <source>Tidemark tray menu</source>
        <translation>Menu de Tidemark dans la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>Afficher la &amp;fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Tidemark: sync failed</source>
        <translation>Tidemark&#xa0;: échec de la synchronisation</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>Pas encore de synchronisation</translation>
    </message>
    <message>
        <source>Last sync: %1 at %2</source>
        <translation>Dernière synchronisation&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <source>Tidemark</source>
        <translation>Tidemark</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the built-in sample server and log in to it.</source>
        <translation>Démarrer le serveur d&apos;exemple intégré et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>Keep secrets in memory only (log in again next time).</source>
        <translation>Garder les secrets en mémoire seulement (se reconnecter la prochaine fois).</translation>
    </message>
    <message>
        <source>Desktop client for the Immich Sync API.</source>
        <translation>Client de bureau pour l&apos;API de synchronisation d&apos;Immich.</translation>
    </message>
    <message>
        <source>Open a window even when one is already running.</source>
        <translation>Ouvrir une fenêtre même si une autre est déjà ouverte.</translation>
    </message>
</context>
</TS>
