using System.Runtime.InteropServices;

namespace Marsad.Ingest;

/// <summary>What kind of file system entry a path is, as far as reading it safely goes.</summary>
internal enum FileTypeKind { Regular, Directory, Fifo, CharacterDevice, BlockDevice, Socket, Unknown }

/// <summary>
/// Tells a regular file from a FIFO, a device or a socket, which .NET reports alike (attributes Normal, length 0): reading
/// a FIFO waits forever for a writer and /dev/zero never ends. Uses Linux statx(2), whose struct layout (unlike stat's)
/// is the same on every architecture; elsewhere, or if statx is missing, the kind is <see cref="FileTypeKind.Unknown"/>
/// and the file is read as before.
/// </summary>
internal static class FileType
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x0001;
    private const int ModeOffset = 28;                 // stx_mode (u16) in struct statx

    public static FileTypeKind Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return FileTypeKind.Unknown;
        var buffer = new byte[256];
        try
        {
            if (statx(AtFdCwd, path, 0, StatxType, buffer) != 0) return FileTypeKind.Unknown;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return FileTypeKind.Unknown;
        }
        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => FileTypeKind.Regular,
            0x4000 => FileTypeKind.Directory,
            0x1000 => FileTypeKind.Fifo,
            0x2000 => FileTypeKind.CharacterDevice,
            0x6000 => FileTypeKind.BlockDevice,
            0xC000 => FileTypeKind.Socket,
            _ => FileTypeKind.Unknown,
        };
    }

    /// <summary>"a FIFO (named pipe)", "a device"…, or null for a file that can be read.</summary>
    public static string? SpecialName(string path) => Of(path) switch
    {
        FileTypeKind.Fifo => "a FIFO (named pipe)",
        FileTypeKind.CharacterDevice or FileTypeKind.BlockDevice => "a device",
        FileTypeKind.Socket => "a socket",
        _ => null,
    };

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
