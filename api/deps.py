"""Request dependencies: the service over the store, the query runner, the write token.

They are `async`: FastAPI runs a plain `def` dependency in the thread pool, and that hop costs
more than these lookups."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.service import KgService
from api.sparql_runner import DirectRunner, SparqlRunner
from core.settings import Settings

bearer = HTTPBearer(auto_error=False, description="the token set by KG_API_TOKEN")


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_service(request: Request) -> KgService:
    return request.app.state.service


async def get_runner(request: Request) -> SparqlRunner | DirectRunner:
    return request.app.state.runner


def require_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> None:
    """Writes need `Authorization: Bearer <KG_API_TOKEN>`; with no token configured they are off,
    except for the `kg` commands run beside `kg serve`, which send the token it gave them."""
    given = (credentials.credentials if credentials else "").encode("utf-8")
    if settings.local_token and hmac.compare_digest(given, settings.local_token.encode("utf-8")):
        return
    if not settings.api_token:
        raise HTTPException(
            403, "writes are disabled on this server: start it with KG_API_TOKEN set to enable them"
        )
    if not hmac.compare_digest(given, settings.api_token.encode("utf-8")):
        raise HTTPException(
            401,
            "missing or wrong bearer token: send 'Authorization: Bearer <KG_API_TOKEN>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


ServiceDep = Annotated[KgService, Depends(get_service)]
RunnerDep = Annotated[SparqlRunner | DirectRunner, Depends(get_runner)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
