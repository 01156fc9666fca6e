import { useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { queryClient } from './api/queryClient.ts';
import { lazyPage } from './components/lazyPage.tsx';
import { loadAllMessages } from './i18n/allMessages.ts';
import { MustChangePassword } from './features/account/MustChangePassword.tsx';
import { RequireLogin } from './features/auth/RequireLogin.tsx';
import { SetupGate } from './features/setup/SetupGate.tsx';

// Each page is its own chunk, loaded when first shown: the login page does not carry the editor,
// nor the frame of the other pages (top bar, inbox and its live connection, search box).
const loadAppLayout = () => import('./components/AppLayout.tsx');
// An address other than the login page's (a link, a reload) fetches the whole message catalogue
// and, for a page in the frame, the frame's code at once, alongside the login check, instead of after it.
if (typeof location !== 'undefined' && !/^\/login\/?$/.test(location.pathname)) {
  loadAllMessages().catch(() => undefined);
  if (!/^\/setup\/?$|\/print\/?$/.test(location.pathname)) loadAppLayout().catch(() => undefined);
}
const AppLayout = lazyPage(loadAppLayout, 'AppLayout');
const ChangePasswordPage = lazyPage(() => import('./features/account/ChangePasswordPage.tsx'), 'ChangePasswordPage');
const AdminLayout = lazyPage(() => import('./features/admin/AdminLayout.tsx'), 'AdminLayout');
const AuditPage = lazyPage(() => import('./features/admin/AuditPage.tsx'), 'AuditPage');
const ClassesPage = lazyPage(() => import('./features/admin/ClassesPage.tsx'), 'ClassesPage');
const GroupsPage = lazyPage(() => import('./features/admin/GroupsPage.tsx'), 'GroupsPage');
const TeachersPage = lazyPage(() => import('./features/admin/TeachersPage.tsx'), 'TeachersPage');
const TermReportPage = lazyPage(() => import('./features/admin/TermReportPage.tsx'), 'TermReportPage');
const TermsPage = lazyPage(() => import('./features/admin/TermsPage.tsx'), 'TermsPage');
const SchoolSettingsPage = lazyPage(() => import('./features/admin/SchoolSettingsPage.tsx'), 'SchoolSettingsPage');
const LoginPage = lazyPage(() => import('./features/auth/LoginPage.tsx'), 'LoginPage', { loginMessagesOnly: true });
const loadEditorPage = () => import('./features/editor/EditorPage.tsx');
// A guide opened by its address (a link, a reload) fetches the editor's code at once, alongside
// the login check, instead of after it; the route then finds it loaded.
if (typeof location !== 'undefined' && /^\/guides\/[^/]+\/?$/.test(location.pathname)) loadEditorPage().catch(() => undefined);
const EditorPage = lazyPage(loadEditorPage, 'EditorPage');
const CopyPage = lazyPage(() => import('./features/copies/CopyPage.tsx'), 'CopyPage');
const ClassOverviewPage = lazyPage(() => import('./features/classes/ClassOverviewPage.tsx'), 'ClassOverviewPage');
const DiffPage = lazyPage(() => import('./features/diff/DiffPage.tsx'), 'DiffPage');
const GuideListPage = lazyPage(() => import('./features/guides/GuideListPage.tsx'), 'GuideListPage');
const ImportPage = lazyPage(() => import('./features/import/ImportPage.tsx'), 'ImportPage');
const LabelSynonymsPage = lazyPage(() => import('./features/labelSynonyms/LabelSynonymsPage.tsx'), 'LabelSynonymsPage');
const PrintCopyPage = lazyPage(() => import('./features/print/PrintCopyPage.tsx'), 'PrintCopyPage');
const PrintGuidePage = lazyPage(() => import('./features/print/PrintGuidePage.tsx'), 'PrintGuidePage');
const TermPlanPage = lazyPage(() => import('./features/plan/TermPlanPage.tsx'), 'TermPlanPage');
const VersionPage = lazyPage(() => import('./features/versions/VersionPage.tsx'), 'VersionPage');
const SetupPage = lazyPage(() => import('./features/setup/SetupPage.tsx'), 'SetupPage');
const SearchPage = lazyPage(() => import('./features/search/SearchPage.tsx'), 'SearchPage');

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <DocumentTitle />
      <BrowserRouter>
        <Routes>
          <Route path="/setup" element={<SetupPage />} />
          <Route path="/login" element={<SetupGate><LoginPage /></SetupGate>} />
          <Route path="/guides/:guideId/print" element={<RequireLogin><PrintGuidePage /></RequireLogin>} />
          <Route path="/copies/:copyId/print" element={<RequireLogin><PrintCopyPage /></RequireLogin>} />
          <Route
            element={
              <RequireLogin>
                <MustChangePassword>
                  <AppLayout />
                </MustChangePassword>
              </RequireLogin>
            }
          >
            <Route index element={<GuideListPage />} />
            <Route path="guides/:guideId" element={<EditorPage />} />
            <Route path="guides/:guideId/versions/:versionNumber" element={<VersionPage />} />
            <Route path="copies/:copyId" element={<CopyPage />} />
            <Route path="guides/:guideId/classes" element={<ClassOverviewPage />} />
            <Route path="diff" element={<DiffPage />} />
            <Route path="groups/:groupId/plan" element={<TermPlanPage />} />
            <Route path="groups/:groupId/label-synonyms" element={<LabelSynonymsPage />} />
            <Route path="import" element={<ImportPage />} />
            <Route path="search" element={<SearchPage />} />
            <Route path="account/password" element={<ChangePasswordPage />} />
            <Route path="admin" element={<AdminLayout />}>
              <Route index element={<Navigate to="teachers" replace />} />
              <Route path="teachers" element={<TeachersPage />} />
              <Route path="groups" element={<GroupsPage />} />
              <Route path="classes" element={<ClassesPage />} />
              <Route path="terms" element={<TermsPage />} />
              <Route path="terms/:termId/report" element={<TermReportPage />} />
              <Route path="school" element={<SchoolSettingsPage />} />
              <Route path="audit" element={<AuditPage />} />
            </Route>
          </Route>
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}

/** Keeps the tab's title in the chosen language. */
function DocumentTitle() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = t('app.name');
  }, [t, i18n.language]);
  return null;
}
