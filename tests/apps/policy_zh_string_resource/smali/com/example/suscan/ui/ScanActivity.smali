.class public Lcom/example/suscan/ui/ScanActivity;
.super Landroid/app/Activity;
.source "ScanActivity.java"


# instance fields
.field private cameraDevice:Landroid/hardware/camera2/CameraDevice;

.field private final stateCallback:Landroid/hardware/camera2/CameraDevice$StateCallback;


# direct methods
.method public constructor <init>()V
    .registers 2

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    new-instance v0, Lcom/example/suscan/ui/ScanActivity$1;

    invoke-direct {v0, p0}, Lcom/example/suscan/ui/ScanActivity$1;-><init>(Lcom/example/suscan/ui/ScanActivity;)V

    iput-object v0, p0, Lcom/example/suscan/ui/ScanActivity;->stateCallback:Landroid/hardware/camera2/CameraDevice$StateCallback;

    return-void
.end method

.method static synthetic access$002(Lcom/example/suscan/ui/ScanActivity;Landroid/hardware/camera2/CameraDevice;)Landroid/hardware/camera2/CameraDevice;
    .registers 2

    iput-object p1, p0, Lcom/example/suscan/ui/ScanActivity;->cameraDevice:Landroid/hardware/camera2/CameraDevice;

    return-object p1
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    const-string v0, "android.permission.CAMERA"

    invoke-virtual {p0, v0}, Lcom/example/suscan/ui/ScanActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-nez v1, :cond_0

    invoke-virtual {p0}, Lcom/example/suscan/ui/ScanActivity;->openBackCamera()V

    return-void

    :cond_0
    const/4 v1, 0x1

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const/4 v2, 0x1

    invoke-virtual {p0, v1, v2}, Lcom/example/suscan/ui/ScanActivity;->requestPermissions([Ljava/lang/String;I)V

    return-void
.end method

.method public onRequestPermissionsResult(I[Ljava/lang/String;[I)V
    .registers 5

    array-length v0, p3

    if-lez v0, :cond_0

    const/4 v0, 0x0

    aget v0, p3, v0

    if-nez v0, :cond_0

    invoke-virtual {p0}, Lcom/example/suscan/ui/ScanActivity;->openBackCamera()V

    :cond_0
    return-void
.end method

.method openBackCamera()V
    .registers 5

    const-string v0, "camera"

    invoke-virtual {p0, v0}, Lcom/example/suscan/ui/ScanActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/hardware/camera2/CameraManager;

    :try_start_0
    const-string v1, "0"

    iget-object v2, p0, Lcom/example/suscan/ui/ScanActivity;->stateCallback:Landroid/hardware/camera2/CameraDevice$StateCallback;

    const/4 v3, 0x0

    invoke-virtual {v0, v1, v2, v3}, Landroid/hardware/camera2/CameraManager;->openCamera(Ljava/lang/String;Landroid/hardware/camera2/CameraDevice$StateCallback;Landroid/os/Handler;)V
    :try_end_0
    .catch Ljava/lang/Exception; {:try_start_0 .. :try_end_0} :catch_0

    :catch_0
    return-void
.end method

.method public openAlbum()V
    .registers 3

    new-instance v0, Landroid/content/Intent;

    const-class v1, Lcom/example/suscan/ui/AlbumDecodeActivity;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {p0, v0}, Lcom/example/suscan/ui/ScanActivity;->startActivity(Landroid/content/Intent;)V

    return-void
.end method

.method protected onResume()V
    .registers 1

    invoke-super {p0}, Landroid/app/Activity;->onResume()V

    invoke-static {p0}, Lcom/umeng/analytics/MobclickAgent;->onResume(Landroid/content/Context;)V

    return-void
.end method

.method protected onPause()V
    .registers 2

    invoke-super {p0}, Landroid/app/Activity;->onPause()V

    invoke-static {p0}, Lcom/umeng/analytics/MobclickAgent;->onPause(Landroid/content/Context;)V

    iget-object v0, p0, Lcom/example/suscan/ui/ScanActivity;->cameraDevice:Landroid/hardware/camera2/CameraDevice;

    if-eqz v0, :cond_0

    invoke-virtual {v0}, Landroid/hardware/camera2/CameraDevice;->close()V

    :cond_0
    return-void
.end method
