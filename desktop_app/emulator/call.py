"""What a route handler gets: the mode's data, decoded parameters, the caller's key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.emulator.auth import ApiKey
from desktop_app.emulator.params import Params
from desktop_app.emulator.state import ModeData

Obj = dict[str, Any]


@dataclass(frozen=True)
class Call:
    mode: ModeData
    params: Params
    key: ApiKey
    path_args: tuple[str, ...]
    base_url: str

    @property
    def arg(self) -> str:
        return self.path_args[0]
