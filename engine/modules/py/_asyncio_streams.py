# asyncio streams over TCP on loopback, following CPython 3.11 step for step so that every
# callback and task wake-up lands in the same loop pass as in CPython (CPython:
# Lib/asyncio/streams.py, selector_events.py, base_events.py, trsock.py, transports.py).
#
# Sections: helpers · sockets · connecting · the socket transport · serving · streams.
#
# Readiness comes from loop._add_reader/_add_writer (libuv poll watchers, one callback per
# ready pass as CPython's selector gives); _awaitlab_socket makes the non-blocking system calls
# and enforces the sandbox: only loopback addresses may be connected to or listened on. The
# per-line work is C++: StreamReader (engine/asyncio/stream_reader.cpp) and the socket
# transport (engine/asyncio/socket_transport.cpp); what stays here runs once per connection,
# plus StreamWriter and StreamReaderProtocol.

import asyncio

import _awaitlab_socket as _net

_DEFAULT_LIMIT = 2 ** 16  # 64 KiB
# CPython: streams.py StreamReader, in C++ (engine/asyncio/stream_reader.cpp).
StreamReader = _net.StreamReader
_socket_enums = []


def _socket_enum_types():
    # CPython: socket.py AddressFamily and SocketKind, the types of TransportSocket.family and
    # .type; made on first use, so a program that never asks does not import enum.
    if not _socket_enums:
        import enum
        _socket_enums.append(enum.IntEnum(
            'AddressFamily', {'AF_INET': _net.AF_INET, 'AF_INET6': _net.AF_INET6},
            module='socket'))
        _socket_enums.append(enum.IntEnum('SocketKind', {'SOCK_STREAM': _net.SOCK_STREAM},
                                          module='socket'))
    return _socket_enums


# --- helpers -----------------------------------------------------------------------------

def _set_result_unless_cancelled(fut, result):
    # CPython: futures.py _set_result_unless_cancelled.
    if fut.cancelled():
        return
    fut.set_result(result)


def _trace_io(label, result):
    # An operation that completed at once (recv, send, accept): its start and completion.
    _net.io_done(_net.io_start(label), label, result)


def _is_ip_literal(host):
    return isinstance(host, str) and (host.count('.') == 3 or ':' in host) and \
        host != 'localhost'


def _port_number(port):
    # CPython: base_events.py _ipaddr_info's port conversion (None for a service name).
    if port is None or port == '' or port == b'':
        return 0
    try:
        return int(port)
    except (TypeError, ValueError):
        return None


async def _ensure_resolved(loop, host, port, passive):
    # CPython: base_events.py _ensure_resolved: an IP literal with a numeric port resolves
    # without suspending; a name (only "localhost" passes the sandbox) or a service name goes
    # to getaddrinfo in the executor.
    if not isinstance(host, (str, bytes)) and host is not None:
        raise TypeError(f"argument of type '{type(host).__name__}' is not iterable")
    number = _port_number(port)
    if number is None:
        return await loop.run_in_executor(None, _net.resolve, host, port, passive)
    port = number
    if _is_ip_literal(host):
        family = _net.AF_INET6 if ':' in host else _net.AF_INET
        if family == _net.AF_INET6:
            return [(family, (host, port, 0, 0))]
        return [(family, (host, port))]
    return await loop.run_in_executor(None, _net.resolve, host, port, passive)


# --- sockets -----------------------------------------------------------------------------

class _Socket:
    """A non-blocking TCP socket (the part of socket.socket the transports use)."""

    def __init__(self, fd, family):
        self._fd = fd
        self.family = family

    def fileno(self):
        return self._fd

    def getsockname(self):
        return _net.getsockname(self._fd)

    def getpeername(self):
        return _net.getpeername(self._fd)

    def close(self):
        if self._fd != -1:
            _net.close(self._fd)
            self._fd = -1

    def __del__(self):
        self.close()

    def __repr__(self):
        # CPython: socket.py socket.__repr__ (what trace labels and the GUI show).
        if self._fd == -1:
            return '<socket.socket [closed] fd=-1>'
        return f'<socket.socket fd={self._fd}, family={self.family}, type=1, proto=6>'


class TransportSocket:
    """CPython: trsock.py TransportSocket, what server.sockets and get_extra_info('socket') give."""

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return _socket_enum_types()[0](self._sock.family)

    @property
    def type(self):
        return _socket_enum_types()[1].SOCK_STREAM

    @property
    def proto(self):
        return _net.IPPROTO_TCP

    def fileno(self):
        return self._sock.fileno()

    def getsockname(self):
        return self._sock.getsockname()

    def getpeername(self):
        return self._sock.getpeername()

    def __repr__(self):
        s = (f"<asyncio.TransportSocket fd={self.fileno()}, "
             f"family={self.family!s}, type={self.type!s}, "
             f"proto={self.proto}")
        if self.fileno() != -1:
            try:
                laddr = self.getsockname()
                if laddr:
                    s = f"{s}, laddr={laddr}"
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s = f"{s}, raddr={raddr}"
            except OSError:
                pass
        return f"{s}>"


TransportSocket.__module__ = 'asyncio.trsock'


# --- connecting --------------------------------------------------------------------------

def _sock_write_done(loop, fd, handle, fut):
    # CPython: selector_events.py _sock_write_done.
    if handle is None or not handle.cancelled():
        loop._remove_writer(fd)


def _sock_connect_cb(fut, sock, address, io_id):
    # CPython: selector_events.py _sock_connect_cb.
    if fut.done():
        return
    try:
        err = _net.so_error(sock.fileno())
        if err != 0:
            raise OSError(err, f'Connect call failed {address}')
    except BaseException as exc:
        _net.io_done(io_id, f'connect {address[0]}:{address[1]}', type(exc).__name__)
        fut.set_exception(exc)
    else:
        _net.io_done(io_id, f'connect {address[0]}:{address[1]}', 'connected')
        fut.set_result(None)


async def _sock_connect(loop, sock, address):
    # CPython: selector_events.py sock_connect and _sock_connect.
    fut = loop.create_future()
    fd = sock.fileno()
    io_id = _net.io_start(f'connect {address[0]}:{address[1]}')
    try:
        status = _net.connect(fd, address[0], address[1])
    except BaseException as exc:
        _net.io_done(io_id, f'connect {address[0]}:{address[1]}', type(exc).__name__)
        fut.set_exception(exc)
    else:
        if status == 0:
            _net.io_done(io_id, f'connect {address[0]}:{address[1]}', 'connected')
            fut.set_result(None)
        else:
            handle = loop._add_writer(fd, _sock_connect_cb, fut, sock, address, io_id)
            fut.add_done_callback(lambda f: _sock_write_done(loop, fd, handle, f))
    return await fut


async def _connect_sock(loop, exceptions, family, address):
    # CPython: base_events.py _connect_sock.
    my_exceptions = []
    exceptions.append(my_exceptions)
    sock = None
    try:
        sock = _Socket(_net.socket(family), family)
        await _sock_connect(loop, sock, address)
        return sock
    except OSError as exc:
        my_exceptions.append(exc)
        if sock is not None:
            sock.close()
        raise
    except:
        if sock is not None:
            sock.close()
        raise


async def _create_connection(loop, protocol_factory, host, port):
    # CPython: base_events.py create_connection (no ssl, no happy eyeballs).
    _net.check_loopback('connecting to', host, port)
    infos = await _ensure_resolved(loop, host, port, False)
    if not infos:
        raise OSError('getaddrinfo() returned empty list')
    exceptions = []
    sock = None
    for family, address in infos:
        try:
            sock = await _connect_sock(loop, exceptions, family, address)
            break
        except OSError:
            continue
    if sock is None:
        exceptions = [exc for sub in exceptions for exc in sub]
        if len(exceptions) == 1:
            raise exceptions[0]
        model = str(exceptions[0])
        if all(str(exc) == model for exc in exceptions):
            raise exceptions[0]
        raise OSError('Multiple exceptions: {}'.format(
            ', '.join(str(exc) for exc in exceptions)))
    # CPython: base_events.py _create_connection_transport.
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _SocketTransport(loop, sock, protocol, waiter)
    try:
        await waiter
    except:
        transport.close()
        raise
    return transport, protocol


# --- the socket transport ----------------------------------------------------------------

def _SocketTransport(loop, sock, protocol, waiter=None, extra=None, server=None):
    # CPython: selector_events.py _SelectorSocketTransport.__init__; the transport itself is
    # C++ (engine/asyncio/socket_transport.cpp).
    extra = {} if extra is None else extra
    extra['socket'] = TransportSocket(sock)
    try:
        extra['sockname'] = sock.getsockname()
    except OSError:
        extra['sockname'] = None
    if 'peername' not in extra:
        try:
            extra['peername'] = sock.getpeername()
        except OSError:
            extra['peername'] = None
    transport = _net.SocketTransport(loop, sock, protocol, extra, server, f'{extra["peername"]}')
    if server is not None:
        server._attach()
    loop.call_soon(protocol.connection_made, transport)
    loop.call_soon(transport._add_reader, sock.fileno(), transport._read_ready)
    if waiter is not None:
        loop.call_soon(_set_result_unless_cancelled, waiter, None)
    return transport


# --- serving -----------------------------------------------------------------------------

def _accept_connection(loop, protocol_factory, sock, server, backlog):
    # CPython: selector_events.py _accept_connection.
    for _ in range(backlog):
        try:
            accepted = _net.accept(sock.fileno())
        except OSError as exc:
            loop.call_exception_handler({
                'message': 'socket.accept() out of system resource',
                'exception': exc,
                'socket': TransportSocket(sock),
            })
            return None
        if accepted is None:
            return None
        fd, addr = accepted
        if _net.tracing():
            _trace_io(f'accept on {sock.getsockname()}', f'connection from {addr}')
        conn = _Socket(fd, sock.family)
        extra = {'peername': addr}
        loop.create_task(_accept_connection2(loop, protocol_factory, conn, extra, server))


async def _accept_connection2(loop, protocol_factory, conn, extra, server):
    # CPython: selector_events.py _accept_connection2.
    protocol = None
    transport = None
    try:
        protocol = protocol_factory()
        waiter = loop.create_future()
        transport = _SocketTransport(loop, conn, protocol, waiter=waiter, extra=extra,
                                     server=server)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        context = {
            'message': 'Error on transport creation for incoming connection',
            'exception': exc,
        }
        if protocol is not None:
            context['protocol'] = protocol
        if transport is not None:
            context['transport'] = transport
        loop.call_exception_handler(context)


class Server:
    """CPython: base_events.py Server."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            _net.listen(sock.fileno(), self._backlog)
            # CPython: selector_events.py _start_serving.
            self._loop._add_reader(sock.fileno(), _accept_connection, self._loop,
                                   self._protocol_factory, sock, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(TransportSocket(s) for s in self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            # CPython: selector_events.py _stop_serving.
            self._loop._remove_reader(sock.fileno())
            sock.close()
        self._serving = False
        if (self._serving_forever_fut is not None and
                not self._serving_forever_fut.done()):
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await asyncio.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(
                f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except asyncio.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        # CPython 3.11: returns at once once close() has run (its _sockets is None).
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


Server.__module__ = 'asyncio.base_events'


async def _create_server_getaddrinfo(loop, host, port):
    # CPython: base_events.py _create_server_getaddrinfo.
    infos = await _ensure_resolved(loop, host, port, True)
    if not infos:
        raise OSError(f'getaddrinfo({host!r}) returned empty list')
    return [(family, _net.SOCK_STREAM, _net.IPPROTO_TCP, '', address)
            for family, address in infos]


async def _create_server(loop, protocol_factory, host=None, port=None, *, backlog=100,
                         start_serving=True, **kwds):
    # CPython: base_events.py create_server (host/port form, no ssl).
    if isinstance(host, str) or host is None:
        hosts = [host]
    else:
        hosts = list(host)
    for each in hosts:
        _net.check_loopback('listening on', each, port)
    fs = [_create_server_getaddrinfo(loop, each, port) for each in hosts]
    infos = await asyncio.gather(*fs)
    infos = set(info for each in infos for info in each)
    sockets = []
    completed = False
    try:
        for af, _socktype, _proto, _canonname, sa in infos:
            sock = _Socket(_net.socket(af), af)
            sockets.append(sock)
            try:
                _net.bind(sock.fileno(), sa[0], sa[1])
            except OSError as err:
                raise OSError(err.errno, 'error while attempting '
                              'to bind on address %r: %s'
                              % (sa, err.strerror.lower())) from None
        completed = True
    finally:
        if not completed:
            for sock in sockets:
                sock.close()
    server = Server(loop, sockets, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        await asyncio.sleep(0)
    return server


# --- streams -----------------------------------------------------------------------------

def _check_options(function, kwds, harmless):
    # Options awaitlab does not implement (ssl, sock=, local_addr=, ...) are refused rather
    # than ignored; `harmless` ones change nothing on loopback.
    for key, value in kwds.items():
        if key not in harmless and value is not None:
            raise NotImplementedError(f'awaitlab does not support {function}(..., {key}=...)')


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    # CPython: streams.py open_connection.
    _check_options('open_connection', kwds, ('family', 'proto', 'flags', 'happy_eyeballs_delay',
                                             'interleave'))
    loop = asyncio.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await _create_connection(loop, lambda: protocol, host, port)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       **kwds):
    # CPython: streams.py start_server.
    _check_options('start_server', kwds, ('family', 'flags', 'reuse_address', 'reuse_port',
                                          'backlog', 'start_serving'))
    loop = asyncio.get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        protocol = StreamReaderProtocol(reader, client_connected_cb, loop=loop)
        return protocol

    return await _create_server(loop, factory, host, port, **kwds)


class StreamReaderProtocol:
    """CPython: streams.py StreamReaderProtocol with FlowControlMixin."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        self._loop = asyncio.get_event_loop() if loop is None else loop
        self._paused = False
        self._drain_waiters = []  # CPython: a deque; only appended, removed and iterated
        self._connection_lost = False
        self._stream_reader_wr = stream_reader
        self._reject_connection = False
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._over_ssl = False
        self._closed = self._loop.create_future()

    @property
    def _stream_reader(self):
        return self._stream_reader_wr

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self, reader, self._loop)
            res = self._client_connected_cb(reader, self._stream_writer)
            if asyncio.iscoroutine(res):
                loop = self._loop

                def callback(task):
                    exc = task.exception()
                    if exc is not None:
                        loop.call_exception_handler({
                            'message': 'Unhandled exception in client_connected_cb',
                            'exception': exc,
                            'transport': transport,
                        })
                        transport.close()

                self._task = self._loop.create_task(res)
                self._task.add_done_callback(callback)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
                # CPython's __del__ retrieves it, so it is never logged as unretrieved.
                self._closed.exception()
        # CPython: FlowControlMixin.connection_lost.
        self._connection_lost = True
        if self._paused:
            for waiter in self._drain_waiters:
                if not waiter.done():
                    if exc is None:
                        waiter.set_result(None)
                    else:
                        waiter.set_exception(exc)
        self._stream_reader_wr = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        return True

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    """CPython: streams.py StreamWriter."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop
        self._complete_fut = self._loop.create_future()
        self._complete_fut.set_result(None)

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        # Attribute reads stand for reader.exception() and transport.is_closing() (both ours).
        reader = self._reader
        if reader is not None:
            exc = reader._exception
            if exc is not None:
                raise exc
        if self._transport._closing:
            await asyncio.sleep(0)
        protocol = self._protocol
        if protocol._paused or protocol._connection_lost:
            await protocol._drain_helper()

    def __del__(self):
        # CPython 3.11.7: an unclosed writer closes its transport when collected (the
        # ResourceWarning it also gives is hidden by the default warning filters).
        if not self._transport.is_closing() and not self._loop.is_closed():
            self.close()


for _cls in (StreamWriter, StreamReaderProtocol):
    _cls.__module__ = 'asyncio.streams'
_net.set_stream_protocol(StreamReaderProtocol)
