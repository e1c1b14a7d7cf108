# awaitlab's built-in demo HTTP server, for lessons that fetch URLs without the internet: it
# runs inside the lesson's own event loop on 127.0.0.1 (asyncio.start_server), speaks
# HTTP/1.1 with Content-Length and closes each connection after one response. Plain Python
# 3.11, so a lesson that uses it runs the same under CPython.
#
#     async with awaitlab_demo.http_server() as base_url:          # default endpoints
#     async with awaitlab_demo.http_server({"/slow": Response(json={"ok": True}, latency=0.5),
#                                           "/flaky": Response(text="ok", fail_first=2)}) as url:
#
# Sections: requests and responses · default endpoints · the server.

import asyncio
import json

__all__ = ['http_server', 'Request', 'Response', 'DEFAULT_ROUTES']

_REASONS = {200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request',
            404: 'Not Found', 405: 'Method Not Allowed', 429: 'Too Many Requests',
            500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
            504: 'Gateway Timeout'}


# --- requests and responses --------------------------------------------------------------

class Request:
    """One request as a handler sees it."""

    def __init__(self, method, path, query, headers, body):
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body

    def json(self):
        return json.loads(self.body.decode('utf-8')) if self.body else None

    def text(self):
        return self.body.decode('utf-8')

    def __repr__(self):
        return f'<Request {self.method} {self.path}>'


class Response:
    """A canned response: a JSON body (json=) or text (text=), a status, a latency in seconds
    before answering, and fail_first=N to answer the first N requests with fail_status (503 by
    default) before succeeding (for retry lessons)."""

    def __init__(self, json=None, text=None, status=200, latency=0.0, fail_first=0,
                 fail_status=503, headers=None):
        self.json = json
        self.text = text
        self.status = status
        self.latency = latency
        self.fail_first = fail_first
        self.fail_status = fail_status
        self.headers = dict(headers or {})
        self.calls = 0

    async def respond(self, request):
        self.calls += 1
        if self.latency:
            await asyncio.sleep(self.latency)
        if self.calls <= self.fail_first:
            return self.fail_status, {'Content-Type': 'application/json'}, \
                _json_body({'error': _REASONS.get(self.fail_status, 'error'),
                            'attempt': self.calls})
        headers = dict(self.headers)
        if self.text is not None:
            headers.setdefault('Content-Type', 'text/plain; charset=utf-8')
            return self.status, headers, self.text.encode('utf-8')
        headers.setdefault('Content-Type', 'application/json')
        return self.status, headers, _json_body(self.json)


def _json_body(value):
    return json.dumps(value).encode('utf-8')


# --- default endpoints -------------------------------------------------------------------

async def _hello(request):
    return 200, {'Content-Type': 'text/plain; charset=utf-8'}, b'hello from awaitlab'


async def _delay(request):
    # /delay/0.5: answers after that many seconds.
    seconds = float(request.path.rsplit('/', 1)[1])
    await asyncio.sleep(seconds)
    return 200, {'Content-Type': 'application/json'}, _json_body({'delay': seconds})


async def _status(request):
    # /status/503: answers with that status.
    code = int(request.path.rsplit('/', 1)[1])
    return code, {'Content-Type': 'application/json'}, \
        _json_body({'status': code, 'reason': _REASONS.get(code, '')})


async def _item(request):
    # /items/7: a small JSON record.
    ident = int(request.path.rsplit('/', 1)[1])
    return 200, {'Content-Type': 'application/json'}, \
        _json_body({'id': ident, 'name': f'item {ident}'})


async def _echo(request):
    # POST /echo: sends back the JSON (or text) it received.
    if request.headers.get('Content-Type', '').startswith('application/json'):
        received = request.json()
    else:
        received = request.text()
    return 200, {'Content-Type': 'application/json'}, \
        _json_body({'method': request.method, 'received': received})


DEFAULT_ROUTES = {
    '/hello': _hello,
    '/delay/*': _delay,
    '/status/*': _status,
    '/items/*': _item,
    '/echo': _echo,
}


# --- the server --------------------------------------------------------------------------

def _find_route(routes, path):
    if path in routes:
        return routes[path]
    for pattern, handler in routes.items():
        if pattern.endswith('/*') and path.startswith(pattern[:-1]) and \
                '/' not in path[len(pattern) - 1:]:
            return handler
    return None


async def _handle(routes, reader, writer):
    try:
        request_line = await reader.readline()
        if not request_line:
            return
        method, target, _version = request_line.decode('latin-1').split(' ', 2)
        headers = {}
        while True:
            line = await reader.readline()
            if line in (b'\r\n', b'\n', b''):
                break
            name, _, value = line.decode('latin-1').partition(':')
            headers[name.strip().title()] = value.strip()
        length = int(headers.get('Content-Length', '0'))
        body = await reader.readexactly(length) if length else b''
        path, _, query_text = target.partition('?')
        query = dict(part.partition('=')[::2] for part in query_text.split('&') if part)
        request = Request(method, path, query, headers, body)
        route = _find_route(routes, path)
        if route is None:
            status, out_headers, payload = 404, {'Content-Type': 'application/json'}, \
                _json_body({'error': 'Not Found', 'path': path})
        elif isinstance(route, Response):
            status, out_headers, payload = await route.respond(request)
        elif isinstance(route, (dict, list)):
            status, out_headers, payload = 200, {'Content-Type': 'application/json'}, \
                _json_body(route)
        elif isinstance(route, str):
            status, out_headers, payload = 200, \
                {'Content-Type': 'text/plain; charset=utf-8'}, route.encode('utf-8')
        else:
            status, out_headers, payload = await route(request)
        head = f'HTTP/1.1 {status} {_REASONS.get(status, "Unknown")}\r\n'
        out_headers = dict(out_headers)
        out_headers['Content-Length'] = str(len(payload))
        out_headers['Connection'] = 'close'
        head += ''.join(f'{k}: {v}\r\n' for k, v in out_headers.items()) + '\r\n'
        writer.write(head.encode('latin-1') + payload)
        await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


class http_server:
    """`async with http_server(routes=None) as base_url:` serves on 127.0.0.1 (a free port)
    until the block ends. routes maps a path ("/users", or "/users/*" for one more segment)
    to a Response, a dict or list (JSON), a str (text) or an async function taking a Request
    and returning (status, headers, body bytes). Without routes, DEFAULT_ROUTES is used:
    /hello, /delay/SECONDS, /status/CODE, /items/ID and POST /echo."""

    def __init__(self, routes=None, *, host='127.0.0.1', port=0):
        self.routes = DEFAULT_ROUTES if routes is None else routes
        self.host = host
        self.port = port
        self.server = None
        self.base_url = None

    async def __aenter__(self):
        routes = self.routes

        async def handle(reader, writer):
            await _handle(routes, reader, writer)

        self.server = await asyncio.start_server(handle, self.host, self.port)
        port = self.server.sockets[0].getsockname()[1]
        self.base_url = f'http://{self.host}:{port}'
        return self.base_url

    async def __aexit__(self, exc_type, exc, tb):
        self.server.close()
        await self.server.wait_closed()
