"""The TLS settings of every HTTPS connection: verified against the system's trust store.

Corporate networks inspect HTTPS with their own certificate authority, installed in
the computer's trust store; curl and browsers trust it. The SDK's own client trusts
only the CA file shipped with stripe (``stripe.ca_bundle_path``), so on such a
network it could not connect at all. Here certificates are verified by the system:
``truststore`` uses the Security framework on macOS, the CryptoAPI on Windows and
OpenSSL's default verify paths on Linux (the distribution's CA bundle; the
environment variables SSL_CERT_FILE and SSL_CERT_DIR override them, as for curl).
The CA file shipped with stripe is trusted besides (truststore adds it as extra
anchors on every system), so a machine with an empty or missing trust store still
reaches Stripe. Verification is never turned off: hostnames are checked, and a
certificate that does not verify ends the attempt (``CertificateNotTrusted``).

A context belongs to one thread: truststore holds a lock on its context for the
whole handshake, which would make every connection of a sync wait for the others'.
"""

from __future__ import annotations

import logging
import ssl

import stripe
import truststore

log = logging.getLogger(__name__)


def client_context() -> ssl.SSLContext:
    """A new client context: the system's trust store plus stripe's CA file, hostname
    checks on, TLS 1.2 at least (what Stripe accepts), HTTP/1.1 offered by ALPN."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.set_alpn_protocols(["http/1.1"])  # as urllib3 offers
    bundle = stripe.ca_bundle_path
    if bundle:
        try:
            context.load_verify_locations(cafile=bundle)
        except (OSError, ssl.SSLError) as exc:  # a frozen build without it: the system's
            log.warning("Stripe's CA file %s could not be read (%s)", bundle, exc)
    return context
