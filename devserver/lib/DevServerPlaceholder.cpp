// Replaced by the real server.
