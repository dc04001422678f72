"""The headless Chromium shared by the browser tests of this folder, one per module."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from support.browser import CHROMIUM, CHROMIUM_ARGS


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    # Imported here so that the other viz tests run where Playwright is not installed.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
