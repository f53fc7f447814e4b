import Platform
import TextKit
import ArgumentParser
import Lessons

extension Language: ExpressibleByArgument {}

/// Where lessons are found: the built-in folder, then the folders of
/// `MICROGRAD_LESSONS` (separated by ':'), then `--lessons DIR`.
///
/// The built-in folder is `PREFIX/share/micrograd/lessons` beside an
/// installed binary (`PREFIX/bin/micrograd`), else the `lessons/` folder
/// of the source checkout the binary was built from.
enum LessonFolders {
    static func roots(extra: String?) -> [String] {
        var roots: [String] = []
        if let builtIn = builtIn() { roots.append(builtIn) }
        if let variable = ProcessEnvironment.variable("MICROGRAD_LESSONS") {
            roots += variable.split(separator: ":").map(String.init)
        }
        if let extra { roots.append(extra) }
        return roots
    }

    static func builtIn() -> String? {
        if let executable = ProcessEnvironment.executablePath {
            let installed = FileSystem.parent(of: FileSystem.parent(of: executable)) + "/share/micrograd/lessons"
            if FileSystem.isDirectory(installed) { return installed }
        }
        // Sources/micrograd/LessonFolders.swift -> the checkout's lessons/.
        let checkout = FileSystem.parent(of: FileSystem.parent(of: FileSystem.parent(of: #filePath))) + "/lessons"
        return FileSystem.isDirectory(checkout) ? checkout : nil
    }

    /// The learner's language when `--lang` is not given and none was chosen with `:lang`.
    static var localeLanguage: Language {
        Language.fromLocale(ProcessEnvironment.variable)
    }

    /// The settings file (`~/.config/micrograd/settings`), nil without a home folder.
    static var settings: SettingsFile? {
        SettingsFile.defaultPath(environment: ProcessEnvironment.variable).map(SettingsFile.init(path:))
    }

    /// The learner's language, chosen once and remembered: `--lang`
    /// (which is then remembered), else the one remembered in the settings
    /// file, else the one an older version kept in the progress file, else
    /// the locale's. A settings file that cannot be written costs only the
    /// memory of the choice, so it is not reported.
    static func language(asked: Language?, progress: Language? = nil) -> Language {
        let settings = settings
        if let asked {
            try? settings?.remember(asked)
            return asked
        }
        return settings?.language() ?? progress ?? localeLanguage
    }
}
