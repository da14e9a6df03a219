"""``drafter serve``: the committee's desk in a web page (:mod:`drafter.serve`), for one desk folder."""

from __future__ import annotations

import argparse

from drafter.commands import common, panel
from drafter.environment import Environment
from drafter.oserrors import reason_zh
from drafter.status import DrafterError, ExitStatus

DEFAULT_PORT = 8765


def add_parsers(sub: common.Subparsers) -> None:
    """Add ``serve``."""
    serve = sub.add_parser("serve", help="the committee's desk in a web page (delegates, the chair, the screen)",
                           description="Start the desk: delegates upload drafts and read the checker's report, the "
                                       "chair approves, returns and runs the amendment desk, the room's screen shows "
                                       "the draft as amended. All its state is in the --dir folder; stop with Ctrl+C.")
    serve.add_argument("--dir", metavar="DESK", default="desk", help="the desk's folder (made if missing; default ./desk)")
    serve.add_argument("--host", default="127.0.0.1",
                       help="the address to listen on (default 127.0.0.1, this computer only; 0.0.0.0 for the LAN)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"the port (default {DEFAULT_PORT})")
    serve.add_argument("--lang", choices=["en", "zh"], help="the pages' language (default: the locale's)")
    serve.add_argument("--rules", metavar="CONF.yaml", help="a conference's rules file: its rules join the checker's "
                                                           "findings in the chair's queue, its majority decides votes")
    serve.add_argument("--present", metavar="N", type=int,
                       help="delegations present at roll call (with --rules; replaces the file's present:)")
    serve.add_argument("--max-upload", metavar="MIB", type=int, default=10, help="largest upload in MiB (default 10)")
    serve.set_defaults(handler=run)
    common.library_option(serve)


def run(args: argparse.Namespace, env: Environment) -> int:
    """Start the desk and serve until interrupted."""
    # loaded on use: keeps start-up fast
    import uvicorn

    from drafter.serve.app import create_app  # loaded on use: keeps start-up fast

    lang = common.user_language(args, env)
    if not 0 < args.port < 65536:
        raise DrafterError("--port: give a port from 1 to 65535", zh="--port：请给出 1 至 65535 之间的端口")
    if not 1 <= args.max_upload <= 100:
        raise DrafterError("--max-upload: give a size from 1 to 100 MiB", zh="--max-upload：请给出 1 至 100 MiB 之间的大小")
    conference = panel.load_rules(args, env)
    folder = env.resolve(args.dir)
    if folder.exists() and not folder.is_dir():
        raise DrafterError(f"--dir {args.dir}: not a folder", zh=f"--dir {args.dir}：不是文件夹")
    _check_port(args.host, args.port)
    app = create_app(folder, lib=common.load_library(args, env), conference=conference, lang=lang,
                     max_upload_mib=args.max_upload)
    desk = app.state.desk
    shown = f"[{args.host}]" if ":" in args.host else args.host
    said = common.said
    env.print(said(lang, f"drafter desk for {folder}", f"drafter 工作台：{folder}"))
    env.print(said(lang, f"  open:        http://{'127.0.0.1' if args.host == '0.0.0.0' else shown}:{args.port}/",
                   f"  地址：http://{'127.0.0.1' if args.host == '0.0.0.0' else shown}:{args.port}/"))
    if args.host in ("0.0.0.0", "::"):
        for address in _lan_addresses():
            env.print(said(lang, f"  on the LAN:  http://{address}:{args.port}/", f"  局域网：http://{address}:{args.port}/"))
    env.print(said(lang, f"  chair code:  {desk.store.chair_code}", f"  主席代码：{desk.store.chair_code}"))
    env.print(said(lang, "  stop with Ctrl+C", "  按 Ctrl+C 停止"))
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return ExitStatus.OK


def _check_port(host: str, port: int) -> None:
    """Refuse early, with a clear message, a port another program holds or an address this computer lacks."""
    import socket as sockets  # loaded on use: keeps start-up fast

    family = sockets.AF_INET6 if ":" in host else sockets.AF_INET
    with sockets.socket(family, sockets.SOCK_STREAM) as probe:
        probe.setsockopt(sockets.SOL_SOCKET, sockets.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise DrafterError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; give another --port or "
                               "--host", ExitStatus.BAD_INPUT,
                               zh=f"无法在 {host}:{port} 上监听（{reason_zh(exc)}）；请换一个 --port 或 --host") from None


def _lan_addresses() -> list[str]:
    """This computer's IPv4 addresses others on the network can reach (not 127.x)."""
    import socket as sockets  # loaded on use: keeps start-up fast

    found: list[str] = []
    with sockets.socket(sockets.AF_INET, sockets.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))  # no packet is sent: this picks the outgoing interface
            found.append(probe.getsockname()[0])
        except OSError:
            pass
    try:
        for info in sockets.getaddrinfo(sockets.gethostname(), None, sockets.AF_INET):
            found.append(str(info[4][0]))
    except OSError:
        pass
    return [a for a in dict.fromkeys(found) if not a.startswith("127.")]
