// The feature schema: the one list of model inputs, shared by training and serving.
export const FEATURES = ['tenure', 'monthlyCharges', 'totalCharges', 'supportCalls'];
