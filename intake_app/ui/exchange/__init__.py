"""Working with other agencies in the window: Settings > Other agencies, and the client's
"Transfer to another agency…"."""
