; Inno Setup 6 script: the Windows installer for SOPDesk (built on Windows, see installer/README.md).
;
;   ISCC /DAppVersion=0.1.0 installer\sopdesk.iss      ->  dist\sopdesk-0.1.0-setup.exe
;
; Installs the PyInstaller bundle (dist\sopdesk) into {autopf}\SOPDesk, with a Start-menu
; shortcut, an optional desktop shortcut and an uninstaller. The uninstaller removes only what
; the installer put there: the user's database, backups and settings in
; %APPDATA%\BagianOrganisasi\SOPDesk (and HKCU\Software\BagianOrganisasi) stay, so an update
; or a reinstall finds them and SOPDesk migrates the database after backing it up.

#ifndef AppVersion
  #error Berikan versi: ISCC /DAppVersion=X.Y.Z installer\sopdesk.iss (lihat installer\README.md)
#endif

#define AppName "SOPDesk"
#define AppExe "sopdesk.exe"
#define AppPublisher "Bagian Organisasi Setda Kabupaten Tangerang"

[Setup]
; The AppId identifies SOPDesk across versions: never change it, or updates install side by side.
AppId={{7AF7ACA0-E43E-4122-939A-25EBA68CB1A5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Administrators install for all users into Program Files; others may choose "only for me".
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or later.
MinVersion=10.0.17763
OutputDir=..\dist
OutputBaseFilename=sopdesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\sopdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An update closes a running SOPDesk first (its files are in use otherwise).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no official Indonesian translation: put the unofficial Indonesian.isl
; (jrsoftware.org/files/istrans/) next to this script to get an Indonesian wizard.
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
Name: "indonesian"; MessagesFile: "Indonesian.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An update replaces the whole bundle, so no module of the previous version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\sopdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Agenda surat, disposisi dan pelacakan SOP"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entries on purpose: user data in %APPDATA% is left alone.
