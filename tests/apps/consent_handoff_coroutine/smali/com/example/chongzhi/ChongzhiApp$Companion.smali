.class public final Lcom/example/chongzhi/ChongzhiApp$Companion;
.super Ljava/lang/Object;
.source "ChongzhiApp.kt"


# annotations
.annotation system Ldalvik/annotation/EnclosingClass;
    value = Lcom/example/chongzhi/ChongzhiApp;
.end annotation

.annotation system Ldalvik/annotation/InnerClass;
    accessFlags = 0x19
    name = "Companion"
.end annotation


# direct methods
.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public synthetic constructor <init>(Lkotlin/jvm/internal/DefaultConstructorMarker;)V
    .registers 2

    invoke-direct {p0}, Lcom/example/chongzhi/ChongzhiApp$Companion;-><init>()V

    return-void
.end method


# virtual methods
.method public final get()Lcom/example/chongzhi/ChongzhiApp;
    .registers 2

    invoke-static {}, Lcom/example/chongzhi/ChongzhiApp;->access$getInstance$cp()Lcom/example/chongzhi/ChongzhiApp;

    move-result-object v0

    if-nez v0, :cond_c

    const-string v1, "instance"

    invoke-static {v1}, Lkotlin/jvm/internal/Intrinsics;->throwUninitializedPropertyAccessException(Ljava/lang/String;)V

    const/4 v0, 0x0

    :cond_c
    return-object v0
.end method
