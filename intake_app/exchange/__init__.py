"""Working with other agencies without a server: organization keys and cards, signed
directory packages, and consented, encrypted client transfers. Every file that leaves
protects itself; nothing here talks to a network."""
