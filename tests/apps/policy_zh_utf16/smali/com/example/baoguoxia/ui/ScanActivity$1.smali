.class Lcom/example/baoguoxia/ui/ScanActivity$1;
.super Landroid/hardware/camera2/CameraDevice$StateCallback;
.source "ScanActivity.java"


# annotations
.annotation system Ldalvik/annotation/EnclosingMethod;
    value = Lcom/example/baoguoxia/ui/ScanActivity;->onResume()V
.end annotation

.annotation system Ldalvik/annotation/InnerClass;
    accessFlags = 0x0
    name = null
.end annotation


# instance fields
.field final synthetic this$0:Lcom/example/baoguoxia/ui/ScanActivity;


# direct methods
.method constructor <init>(Lcom/example/baoguoxia/ui/ScanActivity;)V
    .registers 2

    iput-object p1, p0, Lcom/example/baoguoxia/ui/ScanActivity$1;->this$0:Lcom/example/baoguoxia/ui/ScanActivity;

    invoke-direct {p0}, Landroid/hardware/camera2/CameraDevice$StateCallback;-><init>()V

    return-void
.end method


# virtual methods
.method public onDisconnected(Landroid/hardware/camera2/CameraDevice;)V
    .registers 2

    invoke-virtual {p1}, Landroid/hardware/camera2/CameraDevice;->close()V

    return-void
.end method

.method public onError(Landroid/hardware/camera2/CameraDevice;I)V
    .registers 3

    invoke-virtual {p1}, Landroid/hardware/camera2/CameraDevice;->close()V

    return-void
.end method

.method public onOpened(Landroid/hardware/camera2/CameraDevice;)V
    .registers 2

    return-void
.end method
