import { Link } from 'react-router';
import type { PhoneNumber } from '../engine';
import { formatPhone } from '../engine';
import { DisconnectSection } from './disconnect/DisconnectSection';
import { HoldMusicSection } from './holdMusic/HoldMusicSection';
import type { HoldMusicAssets } from './holdMusic/types';
import { HoursSection } from './hours/HoursSection';
import { BackupSection } from './sections/BackupSection';
import { NumberSection } from './sections/NumberSection';
import { CallbackSection } from './sections/CallbackSection';
import { CrmSection } from './sections/CrmSection';
import { ForwardingSection } from './sections/ForwardingSection';
import { OutboundSection } from './sections/OutboundSection';
import { RecordingSection } from './sections/RecordingSection';
import { RoutingSection } from './sections/RoutingSection';
import type { SectionProps } from './sections/types';

const KIND_NAMES: Record<PhoneNumber['kind'], string> = {
  rented: 'Rented number', sip_office: 'SIP PBX (office)', sip_cloud: 'SIP PBX (cloud)', app: 'App connection',
};

export interface NumberSettingsViewProps extends SectionProps {
  onNumberChange: (fn: (n: PhoneNumber) => PhoneNumber) => void;
  assets: HoldMusicAssets;
  /** Another tab saved this number over unsaved edits here: nothing is saved until the notice above is answered. */
  inConflict?: boolean;
}

/** The number settings page, section by section in the seed's order. Presentational: data in, changes out. */
export function NumberSettingsView(props: NumberSettingsViewProps) {
  const { number, onChange, onNumberChange, assets } = props;
  const title = number.name.trim() || formatPhone(number.number);
  return (
    <div className="page narrow settings-page" aria-labelledby="number-settings-title">
      <p className="breadcrumbs"><Link to="/numbers">Numbers</Link> › <Link to={`/numbers/${encodeURIComponent(number.id)}`}>{title}</Link> › Settings</p>
      <h1 id="number-settings-title">Settings of {title}</h1>
      <p className="field-hint">
        {KIND_NAMES[number.kind]} · {props.inConflict
          ? 'changes are kept here, and saved once you choose in the notice above whose version of what both tabs changed to keep.'
          : 'changes are saved as you make them.'}
      </p>
      <NumberSection number={number} project={props.project} issues={props.issues} onNumberChange={onNumberChange} />
      <RoutingSection {...props} />
      <CrmSection {...props} />
      <RecordingSection {...props} />
      <HoursSection number={number} onChange={onChange} issues={props.issues} />
      <OutboundSection {...props} />
      <CallbackSection number={number} onChange={onChange} />
      <BackupSection {...props} />
      <ForwardingSection {...props} />
      <HoldMusicSection number={number} onChange={onChange} assets={assets} />
      <DisconnectSection number={number} onNumberChange={onNumberChange} />
    </div>
  );
}
