.class public Lcom/example/ledong/ui/CheckinActivity;
.super Landroid/app/Activity;
.source "CheckinActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onActivityResult(IILandroid/content/Intent;)V
    .registers 5

    const/4 v0, -0x1

    if-ne p2, v0, :cond_0

    invoke-static {}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->sharedInstance()Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;

    move-result-object v0

    if-eqz v0, :cond_0

    const-string p2, "AvatarPicked"

    invoke-virtual {v0, p2}, Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track(Ljava/lang/String;)V

    :cond_0
    return-void
.end method

.method public pickAvatar()V
    .registers 4

    new-instance v0, Landroid/content/Intent;

    const-string v1, "android.intent.action.PICK"

    sget-object v2, Landroid/provider/MediaStore$Images$Media;->EXTERNAL_CONTENT_URI:Landroid/net/Uri;

    invoke-direct {v0, v1, v2}, Landroid/content/Intent;-><init>(Ljava/lang/String;Landroid/net/Uri;)V

    const/16 v1, 0x31

    invoke-virtual {p0, v0, v1}, Lcom/example/ledong/ui/CheckinActivity;->startActivityForResult(Landroid/content/Intent;I)V

    return-void
.end method

.method public startScan()V
    .registers 5

    const-string v0, "camera"

    invoke-virtual {p0, v0}, Lcom/example/ledong/ui/CheckinActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/hardware/camera2/CameraManager;

    :try_start_0
    const-string v1, "0"

    new-instance v2, Lcom/example/ledong/ui/CheckinActivity$1;

    invoke-direct {v2, p0}, Lcom/example/ledong/ui/CheckinActivity$1;-><init>(Lcom/example/ledong/ui/CheckinActivity;)V

    const/4 v3, 0x0

    invoke-virtual {v0, v1, v2, v3}, Landroid/hardware/camera2/CameraManager;->openCamera(Ljava/lang/String;Landroid/hardware/camera2/CameraDevice$StateCallback;Landroid/os/Handler;)V
    :try_end_0
    .catch Ljava/lang/Exception; {:try_start_0 .. :try_end_0} :catch_0

    :catch_0
    return-void
.end method
