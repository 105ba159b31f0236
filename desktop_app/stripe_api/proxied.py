"""HTTPS through a proxy (HTTPS_PROXY, ALL_PROXY, or the OS settings urllib reads):
``requests``, which knows proxies' ways (CONNECT tunnels, proxy credentials,
NO_PROXY), held to the same rules as the direct transport (``keepalive.py``).

``stripe.RequestsClient`` reads whole answers however large, bounds each read but
not the request, and trusts only stripe's CA file. This transport keeps what it
does (one ``requests`` session per thread, the same retry classification) and adds
the rest: a deadline per request kept by the watchdog (``deadline.py``; the
sockets of urllib3's connections are guarded from before the tunnel and the
handshake), bodies read raw within ``body.MAX_BODY_BYTES`` and decompressed within
it too, and certificates verified against the system's trust store (``tls.py``),
whatever REQUESTS_CA_BUNDLE or certifi say.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Mapping
from typing import Any, NoReturn

import requests
import requests.adapters
import stripe
import urllib3
import urllib3.connection
from urllib3.exceptions import ReadTimeoutError

from desktop_app.stripe_api.body import check_length, decoded, read_bounded
from desktop_app.stripe_api.deadline import WATCHDOG, Deadline, SocketGuard, Watch
from desktop_app.stripe_api.tls import client_context
from desktop_app.stripe_api.transport_errors import (
    DeadlinePassed,
    connection_error,
    repeatable,
    tls_error,
)


class _GuardedHttps(urllib3.connection.HTTPSConnection):
    """urllib3's HTTPS connection, its socket guarded by the watchdog."""

    guard: SocketGuard | None = None

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()  # TCP to the proxy (or the server)
        self.guard = WATCHDOG.guard(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        WATCHDOG.watch(self.guard)  # a kept-alive connection: this attempt's too
        super().request(*args, **kwargs)

    def close(self) -> None:
        super().close()
        guard, self.guard = self.guard, None
        if guard is not None:
            guard.close()


class _GuardedHttpsPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _GuardedHttps


# Plain http never goes through a proxy (``http.uses_proxy``): it never comes here.
_POOLS = {"http": urllib3.HTTPConnectionPool, "https": _GuardedHttpsPool}


class _Adapter(requests.adapters.HTTPAdapter):
    """Guarded connections, and this thread's TLS context for every HTTPS one."""

    def __init__(self, context: Any) -> None:
        self._context = context
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        fresh = proxy not in self.proxy_manager
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if fresh and not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = _POOLS
        return manager

    def build_connection_pool_key_attributes(
        self, request: requests.PreparedRequest, verify: Any, cert: Any = None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        host, pool = super().build_connection_pool_key_attributes(request, True, cert)
        pool.pop("ca_certs", None)
        pool.pop("ca_cert_dir", None)
        pool["cert_reqs"] = "CERT_REQUIRED"
        pool["ssl_context"] = self._context
        return host, pool

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        """Always verified, against the context's trust store (never certifi's file)."""
        conn.cert_reqs = "CERT_REQUIRED"
        conn.ca_certs = None
        conn.ca_cert_dir = None


class ProxiedTransport:
    """Sends one request at a time per thread through ``requests``."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._local = threading.local()

    def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        body: Any,
        deadline: Deadline,
    ) -> tuple[bytes, int, Mapping[str, str]]:
        if deadline.expired:
            raise DeadlinePassed(deadline.seconds)
        session = self._session()
        again = repeatable(method, headers or {})
        with WATCHDOG.attempt(deadline) as watch:
            try:
                answer = session.request(
                    method, url, headers=headers, data=body, timeout=self.timeout, stream=True
                )
            except Exception as exc:
                _failed(exc, watch, deadline, answered=False, repeatable=again)
            raw = answer.raw
            length: int | None = raw.length_remaining
            until_close = length is None and not raw.chunked
            try:
                check_length(length)
                if length is not None:
                    content = raw.read(decode_content=False)
                else:
                    content = read_bounded(lambda n: raw.read(n, decode_content=False))
                content = decoded(content, answer.headers.get("content-encoding"))
            except Exception as exc:
                answer.close()
                _failed(exc, watch, deadline, answered=True, repeatable=again)
        if watch.fired:  # the whole answer came, but the connection was cut meanwhile
            answer.close()
            if until_close:
                raise DeadlinePassed(deadline.seconds)
        return content, answer.status_code, answer.headers

    def close(self) -> None:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is not None:
            session.close()
            self._local.session = None

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
            adapter = _Adapter(client_context())
            session.mount("https://", adapter)
            session.mount("http://", adapter)
        return session


def _failed(
    exc: Exception, watch: Watch, deadline: Deadline, *, answered: bool, repeatable: bool
) -> NoReturn:
    """``exc`` as the SDK's APIConnectionError: as ``stripe.RequestsClient`` classifies
    it before an answer (timeouts and connection errors retried, TLS and other request
    errors not), and once an answer broke off, retried for a repeatable request."""
    if watch.fired:
        raise DeadlinePassed(deadline.seconds) from exc
    if isinstance(exc, stripe.APIConnectionError):
        raise exc
    tls = tls_error(exc, answered=answered)
    if tls is not None:
        raise tls from exc
    timeout = isinstance(exc, requests.Timeout | ReadTimeoutError | TimeoutError)
    if answered:
        retry = timeout or repeatable
    else:
        retry = timeout or isinstance(exc, requests.ConnectionError)
    raise connection_error(exc, retry=retry) from exc
