#!/usr/bin/env python3
"""Builds the known-answer page images for tst_pagecodec from the format described at the top of
core/store/cryptovfs.cpp, with an independent AES-GCM (python3-cryptography), so that the C++ codec is
checked against the documented layout rather than against itself. Run from this folder."""
import hashlib
import hmac
import struct

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes(range(32))
KEY_CHECK = hmac.new(KEY, b"SellerDesk sdcrypt key check v1", hashlib.sha256).digest()[:4]
OUR_MAGIC = b"SellerDesk-enc1\x00"
SQLITE_MAGIC = b"SQLite format 3\x00"
RESERVE = 32


def aad(kind, pgno, page_size, context0, context1, prefix=b""):
    return (b"SDC1" + bytes([kind]) + struct.pack(">IIQQ", pgno, page_size, context0, context1)
            + KEY_CHECK + prefix)


def seal(kind, pgno, plain, nonce, context1=0):
    page_size = len(plain)
    usable = page_size - RESERVE
    start = 24 if (kind == 1 and pgno == 1) else 0
    prefix = (OUR_MAGIC + plain[16:24]) if start else b""
    sealed = AESGCM(KEY).encrypt(nonce, plain[start:usable], aad(kind, pgno, page_size, 0, context1, prefix))
    body, tag = sealed[:-16], sealed[-16:]
    return prefix + body + nonce + tag + KEY_CHECK


def plain_page(page_size, seed, header=False):
    data = bytearray((i * seed + 11) & 0xFF for i in range(page_size))
    data[page_size - RESERVE:] = bytes(RESERVE)
    if header:
        data[0:16] = SQLITE_MAGIC
        data[16:24] = struct.pack(">H", page_size if page_size < 65536 else 1) + bytes([1, 1, RESERVE, 64, 32, 32])
    return bytes(data)


vectors = [
    ("main_p2_512", 1, 2, plain_page(512, 7), bytes(range(100, 112)), 0),
    ("main_p1_512", 1, 1, plain_page(512, 13, header=True), bytes(range(1, 13)), 0),
    ("wal_p9_1024", 2, 9, plain_page(1024, 3), bytes(range(40, 52)), 32 + 24 + 3 * (1024 + 24)),
    ("journal_p4_4096", 3, 4, plain_page(4096, 5), bytes(range(200, 212)), 4 + 512),
]
for name, kind, pgno, plain, nonce, context1 in vectors:
    with open(f"{name}.plain", "wb") as f:
        f.write(plain)
    with open(f"{name}.sealed", "wb") as f:
        f.write(seal(kind, pgno, plain, nonce, context1))
print("key check", KEY_CHECK.hex())
