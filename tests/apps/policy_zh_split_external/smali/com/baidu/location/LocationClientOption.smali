.class public Lcom/baidu/location/LocationClientOption;
.super Ljava/lang/Object;
.source "SourceFile"


# instance fields
.field public coorType:Ljava/lang/String;

.field public scanSpan:I


# direct methods
.method public constructor <init>()V
    .registers 2

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    const-string v0, "gcj02"

    iput-object v0, p0, Lcom/baidu/location/LocationClientOption;->coorType:Ljava/lang/String;

    return-void
.end method


# virtual methods
.method public setCoorType(Ljava/lang/String;)V
    .registers 2

    iput-object p1, p0, Lcom/baidu/location/LocationClientOption;->coorType:Ljava/lang/String;

    return-void
.end method

.method public setScanSpan(I)V
    .registers 2

    iput p1, p0, Lcom/baidu/location/LocationClientOption;->scanSpan:I

    return-void
.end method
