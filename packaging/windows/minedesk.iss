; Inno Setup script for MineDesk on Windows (compile with Inno Setup 6: iscc minedesk.iss).
; Input: the one-folder build made on Windows by `python packaging\build_app.py`
; (dist\minedesk\minedesk.exe and its _internal folder). Output: MineDesk-<version>-setup.exe.
; Installs per machine (or per user when not an administrator), adds a Start-menu entry, and
; associates .gpkg GeoPackage projects with MineDesk without taking them from other GIS programs
; (an "Open with" entry; the default only if nothing else claims .gpkg).

#define AppName "MineDesk"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "minedesk.exe"

[Setup]
AppId={{6B8E2F4A-1C3D-4E5F-9A7B-2D4C6E8F0A1B}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=MineDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=MineDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "gpkgdefault"; Description: "Open GeoPackage projects (.gpkg) with MineDesk by default"; Flags: unchecked

[Files]
Source: "..\..\dist\minedesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} sample data"; Filename: "{app}\{#AppExe}"; Parameters: """{app}\_internal\resources\sample\hazards.shp"""
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Open with MineDesk" for .gpkg, always; the default handler only when the user asks for it
Root: HKA; Subkey: "Software\Classes\MineDesk.Project"; ValueType: string; ValueName: ""; ValueData: "MineDesk project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\MineDesk.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\MineDesk.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.gpkg\OpenWithProgids"; ValueType: string; ValueName: "MineDesk.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.gpkg"; ValueType: string; ValueName: ""; ValueData: "MineDesk.Project"; Flags: uninsdeletevalue; Tasks: gpkgdefault
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".gpkg"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
