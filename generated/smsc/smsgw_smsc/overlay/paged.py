"""SMSC's paged list operations: none. Every SMSC list (contacts, groups, senders, history, ...) answers all its
records at once, so `call(operations.list_contacts, ...)` is the whole list."""
