"""The Qt (PySide6) front end of Billing Manager. Imports ``desktop_app``, never the reverse."""
