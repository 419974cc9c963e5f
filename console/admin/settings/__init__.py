"""The pages of the settings tab (:mod:`console.admin.settings_tab`), one module each;
:mod:`.page` holds what they share (the form, the page base class, small helpers)."""
