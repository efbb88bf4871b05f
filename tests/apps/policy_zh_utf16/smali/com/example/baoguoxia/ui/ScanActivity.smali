.class public Lcom/example/baoguoxia/ui/ScanActivity;
.super Landroid/app/Activity;
.source "ScanActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onResume()V
    .registers 5

    invoke-super {p0}, Landroid/app/Activity;->onResume()V

    const-string v0, "android.permission.CAMERA"

    invoke-virtual {p0, v0}, Lcom/example/baoguoxia/ui/ScanActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v0

    if-nez v0, :cond_0

    const-string v0, "camera"

    invoke-virtual {p0, v0}, Lcom/example/baoguoxia/ui/ScanActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/hardware/camera2/CameraManager;

    :try_start_0
    const-string v1, "0"

    new-instance v2, Lcom/example/baoguoxia/ui/ScanActivity$1;

    invoke-direct {v2, p0}, Lcom/example/baoguoxia/ui/ScanActivity$1;-><init>(Lcom/example/baoguoxia/ui/ScanActivity;)V

    const/4 v3, 0x0

    invoke-virtual {v0, v1, v2, v3}, Landroid/hardware/camera2/CameraManager;->openCamera(Ljava/lang/String;Landroid/hardware/camera2/CameraDevice$StateCallback;Landroid/os/Handler;)V
    :try_end_0
    .catch Ljava/lang/Exception; {:try_start_0 .. :try_end_0} :catch_0

    :catch_0
    :cond_0
    return-void
.end method
