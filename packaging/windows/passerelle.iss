; Inno Setup script for Passerelle on Windows (Inno Setup 6):
;   iscc /DAppVersion=0.1.0 packaging\windows\passerelle.iss
; from the repository root, after `pyinstaller --noconfirm packaging\passerelle.spec` made
; dist\passerelle\ (intake-app.exe for the window, intake-app-cli.exe for the command line).
; The installer goes to dist\Passerelle-<version>-setup.exe. Per-user install by default
; (no administrator needed on an agency laptop); the vault is never inside the program folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0C2D2E-8F4B-4C7A-9B1E-5A3D2C1B0A99}
AppName=Passerelle
AppVersion={#AppVersion}
AppPublisher=Passerelle contributors
AppCopyright=AGPL-3.0-or-later
DefaultDirName={autopf}\Passerelle
DefaultGroupName=Passerelle
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\icons\passerelle.ico
UninstallDisplayIcon={app}\intake-app.exe
OutputDir=..\..\dist
OutputBaseFilename=Passerelle-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\passerelle\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Passerelle"; Filename: "{app}\intake-app.exe"
Name: "{group}\{cm:UninstallProgram,Passerelle}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Passerelle"; Filename: "{app}\intake-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\intake-app.exe"; Description: "{cm:LaunchProgram,Passerelle}"; Flags: nowait postinstall skipifsilent
