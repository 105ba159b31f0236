"""A request budget nobody can keep, one per case: on the command line (``--budget``)
or written into profiles.json by hand. A clear message and the documented exit code,
before any request: no traceback, no sync that crawls for years (1e-9 requests a
second) or ignores its budget (NaN, infinity)."""

from __future__ import annotations

import json
import math

import pytest

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.cli.main import main as cli_main
from desktop_app.emulator import Emulator
from desktop_app.paths import config_dir

pytestmark = pytest.mark.bad_input

ALLOWED = "The request budget must be a number of requests per second from 1 to 1000"


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0", "1e-9", "abc"])
def test_a_budget_on_the_command_line_that_cannot_be_kept_is_refused(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    value: str,
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    emu.clear_request_log()
    with pytest.raises(SystemExit) as ended:  # argparse: a usage error
        cli_main(["sync", "--api-base", emu.base_url, "--budget", value])
    err = capsys.readouterr().err
    assert ended.value.code == ExitCode.USAGE
    assert f"argument --budget: {ALLOWED}, not '{value}'." in err
    assert "Traceback" not in err
    assert emu.request_log == []


# Written by hand: json.dumps writes NaN and Infinity as Python's json module reads them.
PROFILE_BUDGETS = {
    "nan": math.nan,
    "inf": math.inf,
    "-inf": -math.inf,
    "1e-9": 1e-9,
    "5000": 5000,
    "text": "abc",
    "boolean": True,
}


@pytest.mark.parametrize("case", list(PROFILE_BUDGETS))
def test_a_budget_in_the_profiles_file_that_cannot_be_kept_is_named(
    emu: Emulator, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    path = config_dir() / "profiles.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    entry = {"name": "Acme", "mode": "test", "api_base": emu.base_url, "budget_rps": 10}
    other = {**entry, "name": "Bolt", "budget_rps": PROFILE_BUDGETS[case]}
    path.write_text(json.dumps({"version": 1, "profiles": [entry, other]}), encoding="utf-8")
    emu.clear_request_log()
    for argv in (["sync", "--profile", "Bolt"], ["profiles", "list"]):
        code = cli_main(argv)
        err = capsys.readouterr().err
        assert code == ExitCode.ERROR, err
        assert f"The account list {path} holds a request budget the app cannot use" in err
        assert "for 'Bolt':" in err
        assert ALLOWED in err
        assert "Correct budget_rps there, or remove it for the default." in err
        assert "Traceback" not in err
    assert emu.request_log == []
