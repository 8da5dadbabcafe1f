/**
 * Routes. Every page is its own chunk (React.lazy), so the public call page loads only the shell and
 * its own code; pages for signed-in roles add chunks without growing what the public downloads.
 */
import { lazy } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { RouteError } from './shell/route-error.js';
import { Layout } from './shell/layout.js';
import { ClockProvider } from './shell/clock-context.js';
import { SessionProvider } from './shell/session-context.js';

const HomePage = lazy(() =>
  import('./pages/public/home-page.js').then((m) => ({ default: m.HomePage })),
);
const CallPage = lazy(() =>
  import('./pages/public/call-page.js').then((m) => ({ default: m.CallPage })),
);
const AccessibilityPage = lazy(() =>
  import('./pages/public/accessibility-page.js').then((m) => ({ default: m.AccessibilityPage })),
);
const NotFoundPage = lazy(() =>
  import('./pages/public/not-found-page.js').then((m) => ({ default: m.NotFoundPage })),
);
const MyApplicationsPage = lazy(() =>
  import('./pages/applicant/my-applications-page.js').then((m) => ({
    default: m.MyApplicationsPage,
  })),
);
const StartApplicationPage = lazy(() =>
  import('./pages/applicant/start-application-page.js').then((m) => ({
    default: m.StartApplicationPage,
  })),
);
// The frame and its pages share one chunk family: the task list is the way into every section.
const ApplicationFrame = lazy(() =>
  import('./pages/applicant/application-frame.js').then((m) => ({ default: m.ApplicationFrame })),
);
const TaskListPage = lazy(() =>
  import('./pages/applicant/task-list-page.js').then((m) => ({ default: m.TaskListPage })),
);
const SectionPage = lazy(() =>
  import('./pages/applicant/section-page.js').then((m) => ({ default: m.SectionPage })),
);
const SectionHistoryPage = lazy(() =>
  import('./pages/applicant/section-history-page.js').then((m) => ({
    default: m.SectionHistoryPage,
  })),
);
const CheckAnswersPage = lazy(() =>
  import('./pages/applicant/check-answers-page.js').then((m) => ({ default: m.CheckAnswersPage })),
);
const ConfirmationPage = lazy(() =>
  import('./pages/applicant/confirmation-page.js').then((m) => ({ default: m.ConfirmationPage })),
);
const PeoplePage = lazy(() =>
  import('./pages/applicant/people-page.js').then((m) => ({ default: m.PeoplePage })),
);
const MePage = lazy(() => import('./pages/me/me-page.js').then((m) => ({ default: m.MePage })));
// Case handling: officer and leader, assessor, admin. Each page its own chunk.
const OfficerHomePage = lazy(() =>
  import('./pages/officer/officer-home-page.js').then((m) => ({ default: m.OfficerHomePage })),
);
const CaseListPage = lazy(() =>
  import('./pages/officer/case-list-page.js').then((m) => ({ default: m.CaseListPage })),
);
const CasePage = lazy(() =>
  import('./pages/officer/case-page.js').then((m) => ({ default: m.CasePage })),
);
const PanelPage = lazy(() =>
  import('./pages/officer/panel-page.js').then((m) => ({ default: m.PanelPage })),
);
const AllocationPage = lazy(() =>
  import('./pages/allocation/allocation-page.js').then((m) => ({ default: m.AllocationPage })),
);
const ScenarioPage = lazy(() =>
  import('./pages/allocation/scenario-page.js').then((m) => ({ default: m.ScenarioPage })),
);
const ComparePage = lazy(() =>
  import('./pages/allocation/compare-page.js').then((m) => ({ default: m.ComparePage })),
);
const DecisionsPage = lazy(() =>
  import('./pages/decisions/decisions-page.js').then((m) => ({ default: m.DecisionsPage })),
);
const GrantsPage = lazy(() =>
  import('./pages/followup/grants-page.js').then((m) => ({ default: m.GrantsPage })),
);
const DecisionPage = lazy(() =>
  import('./pages/decisions/decision-page.js').then((m) => ({ default: m.DecisionPage })),
);
const AppealsPage = lazy(() =>
  import('./pages/decisions/appeals-page.js').then((m) => ({ default: m.AppealsPage })),
);
const AppealPage = lazy(() =>
  import('./pages/decisions/appeal-page.js').then((m) => ({ default: m.AppealPage })),
);
const AwardsPage = lazy(() =>
  import('./pages/public/awards-page.js').then((m) => ({ default: m.AwardsPage })),
);
const MyAssignmentsPage = lazy(() =>
  import('./pages/assessor/my-assignments-page.js').then((m) => ({
    default: m.MyAssignmentsPage,
  })),
);
const DeclarationPage = lazy(() =>
  import('./pages/assessor/declaration-page.js').then((m) => ({ default: m.DeclarationPage })),
);
const WorkspacePage = lazy(() =>
  import('./pages/assessor/workspace-page.js').then((m) => ({ default: m.WorkspacePage })),
);
const AssessorsPage = lazy(() =>
  import('./pages/admin/assessors-page.js').then((m) => ({ default: m.AssessorsPage })),
);

const AuditPage = lazy(() =>
  import('./pages/admin/audit-page.js').then((m) => ({ default: m.AuditPage })),
);
const MailboxPage = lazy(() =>
  import('./pages/admin/mailbox-page.js').then((m) => ({ default: m.MailboxPage })),
);
const AdminPeoplePage = lazy(() =>
  import('./pages/admin/people-page.js').then((m) => ({ default: m.AdminPeoplePage })),
);

const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: (
      <Layout>
        <RouteError />
      </Layout>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'calls/:callId', element: <CallPage /> },
      { path: 'accessibility', element: <AccessibilityPage /> },
      { path: 'me', element: <MePage /> },
      { path: 'calls/:callId/start', element: <StartApplicationPage /> },
      { path: 'applications', element: <MyApplicationsPage /> },
      { path: 'institutions/:orgnr/people', element: <PeoplePage /> },
      {
        path: 'applications/:id',
        element: <ApplicationFrame />,
        children: [
          { index: true, element: <TaskListPage /> },
          { path: 'sections/:sectionId', element: <SectionPage /> },
          { path: 'sections/:sectionId/history', element: <SectionHistoryPage /> },
          { path: 'check', element: <CheckAnswersPage /> },
          { path: 'receipt', element: <ConfirmationPage /> },
        ],
      },
      { path: 'cases', element: <OfficerHomePage /> },
      { path: 'cases/:caseId', element: <CasePage /> },
      { path: 'calls/:callId/cases', element: <CaseListPage /> },
      { path: 'calls/:callId/panel', element: <PanelPage /> },
      { path: 'calls/:callId/allocation', element: <AllocationPage /> },
      { path: 'calls/:callId/allocation/compare', element: <ComparePage /> },
      { path: 'allocation/scenarios/:scenarioId', element: <ScenarioPage /> },
      { path: 'calls/:callId/decisions', element: <DecisionsPage /> },
      { path: 'decisions/:decisionId', element: <DecisionPage /> },
      { path: 'calls/:callId/appeals', element: <AppealsPage /> },
      { path: 'appeals/:appealId', element: <AppealPage /> },
      { path: 'calls/:callId/awards', element: <AwardsPage /> },
      { path: 'calls/:callId/grants', element: <GrantsPage /> },
      { path: 'assignments', element: <MyAssignmentsPage /> },
      { path: 'assignments/:assignmentId', element: <WorkspacePage /> },
      { path: 'assignments/:assignmentId/declaration', element: <DeclarationPage /> },
      { path: 'admin/assessors', element: <AssessorsPage /> },
      { path: 'admin/audit', element: <AuditPage /> },
      { path: 'admin/mailbox', element: <MailboxPage /> },
      { path: 'admin/people', element: <AdminPeoplePage /> },
      { path: 'admin/mailbox/:messageId', element: <MailboxPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <SessionProvider>
      <ClockProvider>
        <RouterProvider router={router} />
      </ClockProvider>
    </SessionProvider>
  );
}
