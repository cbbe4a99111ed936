"""The directory page's widgets: models, filters, detail pane, editor and import dialogs."""
