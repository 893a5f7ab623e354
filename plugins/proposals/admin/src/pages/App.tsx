import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { SCREEN_PERMISSIONS } from '../pluginId';
import { ProposalPage } from './ProposalPage';
import { QueuePage } from './QueuePage';
import { StageListPage } from './StageListPage';

/** /admin/plugins/proposals: the queue, the list per stage (/fasen) and one proposal (/voorstel/:documentId). */
export default function App() {
  return (
    <Page.Protect permissions={SCREEN_PERMISSIONS}>
      <Routes>
        <Route index element={<QueuePage />} />
        <Route path="fasen" element={<StageListPage />} />
        <Route path="voorstel/:documentId" element={<ProposalPage />} />
        <Route path="*" element={<Page.Error />} />
      </Routes>
    </Page.Protect>
  );
}
