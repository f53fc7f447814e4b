/// The XDG base directories (freedesktop.org) this program uses.
public enum XDGDirectories {
    /// `$XDG_STATE_HOME/micrograd`, else `~/.local/state/micrograd` (history).
    public static func state(environment: (String) -> String? = ProcessEnvironment.variable) -> String? {
        folder("XDG_STATE_HOME", ".local/state", environment)
    }

    private static func folder(_ variable: String, _ fallback: String, _ environment: (String) -> String?) -> String? {
        if let base = environment(variable), base.hasPrefix("/") { return FileSystem.join(base, "micrograd") }
        guard let home = environment("HOME"), !home.isEmpty else { return nil }
        return FileSystem.join(FileSystem.join(home, fallback), "micrograd")
    }

    /// `$XDG_DATA_HOME/micrograd`, else `~/.local/share/micrograd` (progress).
    public static func data(environment: (String) -> String? = ProcessEnvironment.variable) -> String? {
        folder("XDG_DATA_HOME", ".local/share", environment)
    }

    /// `$XDG_CONFIG_HOME/micrograd`, else `~/.config/micrograd` (settings:
    /// the language chosen last).
    public static func config(environment: (String) -> String? = ProcessEnvironment.variable) -> String? {
        folder("XDG_CONFIG_HOME", ".config", environment)
    }
}
