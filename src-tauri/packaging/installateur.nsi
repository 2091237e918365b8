; Windows installer of Ateliers OEPRE, built on Linux with makensis (Debian package nsis).
;   makensis -DVERSION=0.1.0 -DBINAIRES=<dossier avec ateliers-oepre.exe, oepre.exe, WebView2Loader.dll> -DSORTIE=<fichier .exe> installateur.nsi
; Per-user install (no administrator rights) in %LOCALAPPDATA%\Programs\Ateliers OEPRE: the
; window, the `oepre.exe` command, WebView2Loader.dll beside them (the window imports it) with
; its licence notice; Start-menu shortcut; uninstaller that keeps the data
; (%APPDATA%\fr.oepre.ateliers). Silent install and uninstall: /S.
; A 64-bit installer for a 64-bit app (Windows 10/11 x64; it does not start on a 32-bit Windows).
Target amd64-unicode
!include "MUI2.nsh"

Name "Ateliers OEPRE"
OutFile "${SORTIE}"
InstallDir "$LOCALAPPDATA\Programs\Ateliers OEPRE"
RequestExecutionLevel user
SetCompressor /SOLID lzma
; A 64 MB dictionary (NSIS's default is 8 MB): the two executables share most of their bytes
; (the core, SQLCipher, the fonts), and the second one compresses against the first only if the
; first fits in the dictionary. 26.3 → 16.6 MB on the same files; installing needs 64 MB of RAM.
SetCompressorDictSize 64

!define CLE_DESINSTALLATION "Software\Microsoft\Windows\CurrentVersion\Uninstall\fr.oepre.ateliers"
!define WEBVIEW2 "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "French"

; WebView2 (the window of the app) is part of Windows 10/11 in schools, but may be missing:
; say so in French rather than install an app that opens a blank window.
Function .onInit
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\${WEBVIEW2}" "pv"
  StrCmp $0 "" 0 present
  ReadRegStr $0 HKCU "Software\Microsoft\EdgeUpdate\Clients\${WEBVIEW2}" "pv"
  StrCmp $0 "" 0 present
  ReadRegStr $0 HKLM "SOFTWARE\Microsoft\EdgeUpdate\Clients\${WEBVIEW2}" "pv"
  StrCmp $0 "" 0 present
  MessageBox MB_OK|MB_ICONEXCLAMATION "Le composant Microsoft Edge WebView2 n'est pas installé sur ce poste.$\r$\n$\r$\nAteliers OEPRE en a besoin pour afficher sa fenêtre. Demandez au service informatique d'installer « WebView2 Runtime » (programme d'installation autonome de Microsoft, sans Internet).$\r$\n$\r$\nL'installation continue : Ateliers OEPRE s'ouvrira une fois WebView2 installé (d'ici là, il le rappelle au démarrage) et la commande oepre.exe fonctionne déjà." /SD IDOK
  present:
FunctionEnd

Section "Ateliers OEPRE"
  SetOutPath "$INSTDIR"
  File "${BINAIRES}\ateliers-oepre.exe"
  File "${BINAIRES}\oepre.exe"
  File "${BINAIRES}\WebView2Loader.dll"
  File "WebView2Loader-licence.txt"
  WriteUninstaller "$INSTDIR\Desinstaller.exe"
  CreateShortcut "$SMPROGRAMS\Ateliers OEPRE.lnk" "$INSTDIR\ateliers-oepre.exe"
  WriteRegStr HKCU "${CLE_DESINSTALLATION}" "DisplayName" "Ateliers OEPRE"
  WriteRegStr HKCU "${CLE_DESINSTALLATION}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${CLE_DESINSTALLATION}" "Publisher" "Ateliers OEPRE"
  WriteRegStr HKCU "${CLE_DESINSTALLATION}" "UninstallString" '"$INSTDIR\Desinstaller.exe"'
  WriteRegDWORD HKCU "${CLE_DESINSTALLATION}" "NoModify" 1
  WriteRegDWORD HKCU "${CLE_DESINSTALLATION}" "NoRepair" 1
SectionEnd

; The data file and its backups stay: a reinstall or an upgrade finds them again.
Section "Uninstall"
  Delete "$INSTDIR\ateliers-oepre.exe"
  Delete "$INSTDIR\oepre.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\WebView2Loader-licence.txt"
  Delete "$INSTDIR\Desinstaller.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Ateliers OEPRE.lnk"
  DeleteRegKey HKCU "${CLE_DESINSTALLATION}"
  MessageBox MB_OK "Ateliers OEPRE est désinstallé. Les données (fichier oepre.sqlite et sauvegardes) sont conservées dans $APPDATA\fr.oepre.ateliers." /SD IDOK
SectionEnd
