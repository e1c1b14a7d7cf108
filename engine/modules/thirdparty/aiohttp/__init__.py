# A small subset of the aiohttp client (https://docs.aiohttp.org, client API 3.x) written over
# asyncio streams: ClientSession, get/post/put/delete/request, ClientResponse (status, reason,
# headers, text(), json(), read(), raise_for_status()) and the client exceptions. It speaks
# HTTP/1.1 with Content-Length, one connection per request ("Connection: close"), and is
# plain Python 3.11, so a lesson that imports it runs the same under CPython.
#
# Sections: exceptions · URLs · responses · requests · session.

import asyncio
import json as _json

__all__ = ['ClientSession', 'ClientResponse', 'ClientTimeout', 'ClientError',
           'ClientConnectionError', 'ClientOSError', 'ClientConnectorError',
           'ClientResponseError', 'ClientPayloadError', 'ContentTypeError',
           'ServerDisconnectedError', 'RequestInfo']

__version__ = '3.8.6-awaitlab'


# --- exceptions --------------------------------------------------------------------------

class ClientError(Exception):
    """Base class for client errors (aiohttp.ClientError)."""


class ClientConnectionError(ClientError):
    """Base class for client socket errors."""


class ClientOSError(ClientConnectionError, OSError):
    """An OSError while talking to the server."""


class ClientConnectorError(ClientOSError):
    """The connection could not be made (aiohttp's message text)."""

    def __init__(self, host, port, os_error):
        self._host = host
        self._port = port
        self._os_error = os_error
        super().__init__(os_error.errno, os_error.strerror)
        self.args = (host, port, os_error)

    @property
    def os_error(self):
        return self._os_error

    @property
    def host(self):
        return self._host

    @property
    def port(self):
        return self._port

    @property
    def ssl(self):
        return None

    def __str__(self):
        return 'Cannot connect to host {0.host}:{0.port} ssl:default [{1}]'.format(
            self, self.strerror)


class ServerDisconnectedError(ClientConnectionError):
    """The server closed the connection before a whole response arrived."""

    def __init__(self, message=None):
        if message is None:
            message = 'Server disconnected'
        self.args = (message,)
        self.message = message


class ClientPayloadError(ClientError):
    """The response body was malformed."""


class RequestInfo:
    """What was requested: method, url, headers."""

    def __init__(self, url, method, headers, real_url=None):
        self.url = url
        self.method = method
        self.headers = headers
        self.real_url = url if real_url is None else real_url

    def __repr__(self):
        return (f'RequestInfo(url={self.url!r}, method={self.method!r}, '
                f'headers={self.headers!r}, real_url={self.real_url!r})')


class ClientResponseError(ClientError):
    """A response with an error status (raise_for_status) or a bad payload."""

    def __init__(self, request_info, history, *, status=None, message='', headers=None):
        self.request_info = request_info
        self.status = 0 if status is None else status
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return '{}, message={!r}, url={!r}'.format(
            self.status, self.message, str(self.request_info.real_url))

    def __repr__(self):
        args = f'{self.request_info!r}, {self.history!r}'
        if self.status != 0:
            args += f', status={self.status!r}'
        if self.message != '':
            args += f', message={self.message!r}'
        if self.headers is not None:
            args += f', headers={self.headers!r}'
        return f'{type(self).__name__}({args})'


class ContentTypeError(ClientResponseError):
    """json() on a response whose Content-Type is not JSON."""


class ClientTimeout:
    """aiohttp.ClientTimeout(total=...): a deadline for a whole request."""

    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect

    def __repr__(self):
        return (f'ClientTimeout(total={self.total!r}, connect={self.connect!r}, '
                f'sock_read={self.sock_read!r}, sock_connect={self.sock_connect!r})')


# --- URLs --------------------------------------------------------------------------------

def _split_url(url):
    """'http://host:port/path?q' -> (host, port, 'path?q'); only plain http is supported."""
    if not url.startswith('http://'):
        raise ValueError(f'awaitlab\'s aiohttp speaks plain http:// only, not {url!r}')
    rest = url[len('http://'):]
    slash = rest.find('/')
    hostport, target = (rest, '/') if slash == -1 else (rest[:slash], rest[slash:])
    if hostport.startswith('['):
        end = hostport.index(']')
        host, after = hostport[1:end], hostport[end + 1:]
        port = int(after[1:]) if after.startswith(':') else 80
    elif ':' in hostport:
        host, port_text = hostport.rsplit(':', 1)
        port = int(port_text)
    else:
        host, port = hostport, 80
    return host, port, target


def _with_params(url, params):
    if not params:
        return url
    query = '&'.join(f'{_quote(str(k))}={_quote(str(v))}' for k, v in dict(params).items())
    return url + ('&' if '?' in url else '?') + query


def _quote(text):
    safe = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~'
    out = []
    for ch in text:
        if ch in safe:
            out.append(ch)
        else:
            out.extend('%%%02X' % b for b in ch.encode('utf-8'))
    return ''.join(out)


# --- responses ---------------------------------------------------------------------------

_REASONS = {200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content',
            301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified', 400: 'Bad Request',
            401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
            405: 'Method Not Allowed', 408: 'Request Timeout', 409: 'Conflict',
            418: "I'm a Teapot", 429: 'Too Many Requests', 500: 'Internal Server Error',
            501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
            504: 'Gateway Timeout'}


class ClientResponse:
    """aiohttp.ClientResponse: the status line and headers are read; the body is in memory."""

    def __init__(self, method, url, status, reason, headers, body, request_headers):
        self.method = method
        self.url = url
        self.real_url = url
        self.status = status
        self.reason = reason
        self.headers = headers
        self.history = ()
        self._body = body
        self._request_info = RequestInfo(url, method, request_headers)
        self.closed = False

    def __repr__(self):
        return f'<ClientResponse({self.url}) [{self.status} {self.reason}]>'

    @property
    def ok(self):
        return self.status < 400

    @property
    def request_info(self):
        return self._request_info

    @property
    def content_type(self):
        raw = self.headers.get('Content-Type', 'application/octet-stream')
        return raw.split(';')[0].strip().lower()

    @property
    def charset(self):
        raw = self.headers.get('Content-Type', '')
        for part in raw.split(';')[1:]:
            key, _, value = part.strip().partition('=')
            if key.lower() == 'charset':
                return value.strip('"')
        return None

    def raise_for_status(self):
        if not self.ok:
            raise ClientResponseError(self.request_info, self.history, status=self.status,
                                      message=self.reason, headers=self.headers)

    async def read(self):
        return self._body

    async def text(self, encoding=None):
        return self._body.decode(encoding or self.charset or 'utf-8')

    async def json(self, *, encoding=None, loads=_json.loads, content_type='application/json'):
        if content_type and self.content_type != content_type:
            raise ContentTypeError(
                self.request_info, self.history,
                message=('Attempt to decode JSON with unexpected mimetype: %s'
                         % self.content_type),
                headers=self.headers)
        text = self._body.decode(encoding or self.charset or 'utf-8').strip()
        if not text:
            return None
        return loads(text)

    def release(self):
        self.closed = True

    def close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


# --- requests ----------------------------------------------------------------------------

async def _read_response(reader, method, url, request_headers):
    status_line = await reader.readline()
    if not status_line:
        raise ServerDisconnectedError()
    parts = status_line.decode('latin-1').rstrip('\r\n').split(' ', 2)
    if len(parts) < 2 or not parts[0].startswith('HTTP/'):
        raise ClientPayloadError(f'invalid HTTP status line: {status_line!r}')
    status = int(parts[1])
    reason = parts[2] if len(parts) > 2 else _REASONS.get(status, '')
    headers = {}
    while True:
        line = await reader.readline()
        if line in (b'\r\n', b'\n', b''):
            break
        name, _, value = line.decode('latin-1').partition(':')
        headers[name.strip().title()] = value.strip()
    length = headers.get('Content-Length')
    if method == 'HEAD' or status in (204, 304):
        body = b''
    elif length is not None:
        try:
            body = await reader.readexactly(int(length))
        except asyncio.IncompleteReadError:
            raise ClientPayloadError('Response payload is not completed') from None
    else:
        body = await reader.read()
    return ClientResponse(method, url, status, reason, headers, body, request_headers)


async def _request(session, method, url, *, params=None, data=None, json=None, headers=None,
                   raise_for_status=None, timeout=None):
    url = _with_params(session._make_url(url), params)
    host, port, target = _split_url(url)
    request_headers = {'Host': f'{host}:{port}', 'User-Agent': 'awaitlab-aiohttp',
                       'Accept': '*/*', 'Connection': 'close'}
    request_headers.update(session._headers)
    if headers:
        request_headers.update(headers)
    if json is not None and data is not None:
        raise ValueError('data and json parameters can not be used at the same time')
    body = b''
    if json is not None:
        body = _json.dumps(json).encode('utf-8')
        request_headers.setdefault('Content-Type', 'application/json')
    elif isinstance(data, dict):
        body = '&'.join(f'{_quote(str(k))}={_quote(str(v))}'
                        for k, v in data.items()).encode('utf-8')
        request_headers.setdefault('Content-Type', 'application/x-www-form-urlencoded')
    elif isinstance(data, str):
        body = data.encode('utf-8')
        request_headers.setdefault('Content-Type', 'text/plain; charset=utf-8')
    elif data is not None:
        body = bytes(data)
        request_headers.setdefault('Content-Type', 'application/octet-stream')
    if body or method in ('POST', 'PUT', 'PATCH'):
        request_headers['Content-Length'] = str(len(body))
    head = f'{method} {target} HTTP/1.1\r\n' + ''.join(
        f'{k}: {v}\r\n' for k, v in request_headers.items()) + '\r\n'

    async def exchange():
        try:
            reader, writer = await asyncio.open_connection(host, port)
        except PermissionError:
            raise
        except OSError as exc:
            raise ClientConnectorError(host, port, exc) from exc
        try:
            writer.write(head.encode('latin-1') + body)
            await writer.drain()
            return await _read_response(reader, method, url, request_headers)
        finally:
            writer.close()

    if timeout is None:
        timeout = session._timeout
    total = timeout.total if isinstance(timeout, ClientTimeout) else timeout
    if total is not None:
        async with asyncio.timeout(total):
            response = await exchange()
    else:
        response = await exchange()
    if raise_for_status is None:
        raise_for_status = session._raise_for_status
    if raise_for_status:
        response.raise_for_status()
    return response


class _RequestContextManager:
    """What session.get() returns: awaitable, and an async context manager."""

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()


# --- session -----------------------------------------------------------------------------

class ClientSession:
    """aiohttp.ClientSession: use as `async with aiohttp.ClientSession() as session:`."""

    def __init__(self, base_url=None, *, headers=None, timeout=None, raise_for_status=False):
        self._base_url = base_url
        self._headers = dict(headers or {})
        self._timeout = timeout if timeout is not None else ClientTimeout(total=300)
        self._raise_for_status = raise_for_status
        self._closed = False

    def _make_url(self, url):
        if self._base_url is None or url.startswith('http://'):
            return url
        return self._base_url.rstrip('/') + '/' + url.lstrip('/')

    @property
    def closed(self):
        return self._closed

    def request(self, method, url, **kwargs):
        if self._closed:
            raise RuntimeError('Session is closed')
        return _RequestContextManager(_request(self, method.upper(), url, **kwargs))

    def get(self, url, **kwargs):
        return self.request('GET', url, **kwargs)

    def post(self, url, **kwargs):
        return self.request('POST', url, **kwargs)

    def put(self, url, **kwargs):
        return self.request('PUT', url, **kwargs)

    def patch(self, url, **kwargs):
        return self.request('PATCH', url, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)

    def head(self, url, **kwargs):
        return self.request('HEAD', url, **kwargs)

    async def close(self):
        self._closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()
