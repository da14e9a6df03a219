"""Why the operating system refused a file, said in Chinese: the reason inside （） of a Chinese message, where
``exc.strerror`` would put the C library's English ("Permission denied")."""

from __future__ import annotations

import errno

_REASONS_ZH = {
    errno.ENOENT: "没有这个文件或文件夹",
    errno.EACCES: "没有权限",
    errno.EPERM: "不允许此操作",
    errno.EISDIR: "这是一个文件夹",
    errno.ENOTDIR: "路径中有一项不是文件夹",
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "文件系统是只读的",
    errno.ENAMETOOLONG: "文件名太长",
    errno.EEXIST: "文件已存在",
    errno.EBUSY: "文件正被占用",
    errno.EMFILE: "打开的文件太多",
    errno.ENFILE: "系统打开的文件太多",
    errno.EIO: "输入输出错误",
    errno.ELOOP: "符号链接层数太多",
    errno.EINVAL: "参数无效",
    errno.EADDRINUSE: "地址已被占用",
    errno.EADDRNOTAVAIL: "无法使用该地址",
    errno.ENXIO: "没有这个设备或地址",
    errno.ETXTBSY: "文件正被占用",
    errno.EDQUOT: "超出磁盘配额",
}


def reason_zh(exc: OSError) -> str:
    """The reason of ``exc`` in Chinese; the system's own words when the error number is not a common one."""
    return _REASONS_ZH.get(exc.errno or -1) or exc.strerror or str(exc)
