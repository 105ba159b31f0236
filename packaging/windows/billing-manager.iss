; Inno Setup 6 script: a per-user (or, if chosen, all-users) installer for the
; PyInstaller one-folder bundle dist\billing-manager\ built by build.spec on Windows.
;
;   pyinstaller --noconfirm --clean build.spec
;   iscc packaging\windows\billing-manager.iss
;
; Output: dist\billing-manager-VERSION-setup.exe. The version is read from the version
; resource build.spec stamps into billing-manager.exe (from the package metadata);
; override with iscc /DAppVersion=1.2.3 ... The icon is build\icons\billing-manager.ico,
; which build.spec renders from resources\icons\billing-manager.svg.

#define AppName "Billing Manager"
#define AppExe "billing-manager.exe"
#define RepoRoot AddBackslash(SourcePath) + "..\.."
#define BundleDir RepoRoot + "\dist\billing-manager"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif

[Setup]
; Never change AppId: Windows uses it to find the installed copy to upgrade or remove.
AppId={{A1B36485-4668-490D-8C8C-F2D071CE7E60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Billing Manager developers
AppPublisherURL=https://github.com/billing-manager/billing-manager
AppSupportURL=https://github.com/billing-manager/billing-manager/issues
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#RepoRoot}\dist
OutputBaseFilename=billing-manager-{#AppVersion}-setup
SetupIconFile={#RepoRoot}\build\icons\billing-manager.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
; Setup's own texts. Inno Setup ships Dutch; for Swedish, download the Swedish.isl of
; Inno Setup's unofficial translations next to this script and add:
;   Name: "swedish"; MessagesFile: "Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle: billing-manager.exe and its _internal\ folder.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{#AppName} (demo)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes exactly what was installed. The user's settings, cache and logs
; (%APPDATA%\billing-manager, %LOCALAPPDATA%\billing-manager) and the API keys in the
; Windows Credential Manager stay, as users expect when they reinstall.
