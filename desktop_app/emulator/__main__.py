"""``python -m desktop_app.emulator``: run the emulator in the foreground."""

from desktop_app.emulator.standalone import main

if __name__ == "__main__":
    raise SystemExit(main())
