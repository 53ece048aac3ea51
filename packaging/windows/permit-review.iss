; Inno Setup 6 script: the Windows installer of the one-folder bundle.
; Build it after the bundle (packaging/windows/README.md):
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\permit-review.iss
; Output: dist\permit-review-<version>-setup.exe

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\permit-review"
#endif
#define AppName "Permit Review"
#define AppExe "permit-review.exe"

; Lithuanian messages ship with recent Inno Setup releases; older ones need the file from
; https://jrsoftware.org/files/istrans/ saved beside this script (see the README).
#if FileExists(CompilerPath + "Languages\Lithuanian.isl")
  #define LithuanianMessages "compiler:Languages\Lithuanian.isl"
#else
  #define LithuanianMessages "Lithuanian.isl"
#endif

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{58030F44-8E59-47A6-AAFF-86BD24950CE5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Migracijos departamentas
VersionInfoVersion={#AppVersion}
; Per machine: Program Files, Start menu for all users; needs an administrator.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=permit-review-{#AppVersion}-setup
SetupIconFile=permit-review.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Offer to close a running copy before files are replaced.
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "lt"; MessagesFile: "{#LithuanianMessages}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
lt.AppComment=Leidimų nuolat gyventi peržiūra
en.AppComment=Review of permanent residence permits

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of the previous version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its folder; users' stores, settings and logs
; live in their own profiles (%LOCALAPPDATA%\migration-department\permit-review) and stay.
Type: filesandordirs; Name: "{app}\_internal"
